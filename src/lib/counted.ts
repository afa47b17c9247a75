/** A number as the pages write it: "7", "10,000". */
export function formattedCount(count: number): string {
  return count.toLocaleString('en-GB');
}

/** A count with its noun: "1 report", "12 reports", "10,000 reports" (every noun the pages count makes its plural with an s). */
export function counted(count: number, noun: string): string {
  return `${formattedCount(count)} ${count === 1 ? noun : `${noun}s`}`;
}
