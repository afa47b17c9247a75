/** A count with its noun: "1 report", "12 reports" (every noun the pages count makes its plural with an s). */
export function counted(count: number, noun: string): string {
  return `${count} ${count === 1 ? noun : `${noun}s`}`;
}
