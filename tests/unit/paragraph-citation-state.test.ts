import { describe, expect, it } from 'vitest';
import { withAddress, withStyle } from '../../src/scripts/paragraph-citation-state.ts';

describe('the paragraph citation’s state', () => {
  it('takes the paragraph from a paragraph’s address', () => {
    expect(withAddress({ style: 'apa' }, '#p-12')).toEqual({ style: 'apa', paragraph: 12 });
  });

  it('keeps the paragraph when the address moves to a note or to nothing', () => {
    const state = { style: 'mla', paragraph: 3 };
    for (const hash of ['#note-2', '', '#p-', '#p-0', '#p-x', '#p-3a']) expect(withAddress(state, hash)).toEqual(state);
  });

  it('changes the style and keeps the paragraph', () => {
    expect(withStyle({ style: 'apa', paragraph: 5 }, 'chicago')).toEqual({ style: 'chicago', paragraph: 5 });
    expect(withStyle({ style: 'apa' }, 'mla')).toEqual({ style: 'mla' });
  });
});
