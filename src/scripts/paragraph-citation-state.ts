/** What the paragraph's citation shows: the style picked and the paragraph last named in the address. */
export interface PinpointState {
  style: string;
  /** The paragraph's number, as the address gives it; none until the address names a paragraph. */
  paragraph?: string;
}

/**
 * The state for the address `hash` and the style picked: a paragraph's address (`#p-N`) picks that paragraph; any
 * other (a note's) keeps the one before, so the citation stays while the reader follows a note.
 */
export function nextState({ paragraph }: PinpointState, hash: string, style: string): PinpointState {
  return { style, paragraph: /^#p-(\d+)$/.exec(hash)?.[1] ?? paragraph };
}
