import { describe, expect, it } from 'vitest';
import { nextState } from '../../src/scripts/paragraph-citation-state.ts';

describe('the paragraph citation’s state', () => {
  it('takes the paragraph from a paragraph’s address, and the style picked', () => {
    expect(nextState({ style: 'apa' }, '#p-12', 'apa')).toEqual({ style: 'apa', paragraph: '12' });
    expect(nextState({ style: 'apa', paragraph: '4' }, '#p-9', 'mla')).toEqual({ style: 'mla', paragraph: '9' });
  });

  it('keeps the paragraph when the address moves to a note or names none', () => {
    for (const hash of ['#note-2', '', '#p-', '#p-x', '#p-3a']) {
      expect(nextState({ style: 'mla', paragraph: '3' }, hash, 'mla'), hash).toEqual({ style: 'mla', paragraph: '3' });
      expect(nextState({ style: 'mla' }, hash, 'mla'), hash).toEqual({ style: 'mla', paragraph: undefined });
    }
  });

  it('changes the style and keeps the paragraph', () => {
    expect(nextState({ style: 'apa', paragraph: '5' }, '#note-1', 'chicago')).toEqual({ style: 'chicago', paragraph: '5' });
  });
});
