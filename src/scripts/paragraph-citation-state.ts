/** What the paragraph's citation shows: the style picked and the paragraph last named in the address. */
export interface PinpointState {
  style: string;
  paragraph?: number;
}

/**
 * The state after the address changed to `hash`: a paragraph's address (`#p-N`) picks that paragraph; any other
 * (a note's) keeps the one before, so the citation stays while the reader follows a note.
 */
export function withAddress(state: PinpointState, hash: string): PinpointState {
  const paragraph = /^#p-([1-9]\d*)$/.exec(hash)?.[1];
  return paragraph ? { ...state, paragraph: Number(paragraph) } : state;
}

/** The state after the reader picked another style. */
export function withStyle(state: PinpointState, style: string): PinpointState {
  return { ...state, style };
}
