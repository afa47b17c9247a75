import { withAddress, withStyle, type PinpointState } from './paragraph-citation-state.ts';

/**
 * The citation of the paragraph in the page's address (`#p-N`), in the style picked, kept when the address moves on
 * (to a note): the style's template (citeproc-js's citation of a paragraph, rendered at build) with the paragraph's
 * number in its slots. Its copy button, off in the markup, is turned on with the first paragraph, so it never copies
 * the hint that stands in the citation's place until then.
 */
class ParagraphCitation extends HTMLElement {
  connectedCallback() {
    const picker = this.querySelector('select')!;
    const output = this.querySelector('.cite__text')!;
    let state: PinpointState = { style: picker.value };
    const show = (next: PinpointState) => {
      state = next;
      if (state.paragraph === undefined) return;
      const number = String(state.paragraph);
      const template = this.querySelector<HTMLTemplateElement>(`template[data-style="${state.style}"]`)!;
      const citation = template.content.cloneNode(true) as DocumentFragment;
      for (const slot of citation.querySelectorAll('[data-paragraph]')) slot.replaceWith(number);
      this.querySelector('b')!.textContent = `¶${number}`;
      output.replaceChildren(citation);
      this.querySelector('button')!.disabled = false;
    };
    show(withAddress(state, location.hash));
    addEventListener('hashchange', () => show(withAddress(state, location.hash)));
    picker.addEventListener('change', () => show(withStyle(state, picker.value)));
    this.hidden = false;
  }
}
customElements.define('paragraph-citation', ParagraphCitation);
