import { nextState, type PinpointState } from './paragraph-citation-state.ts';

/**
 * The citation of the paragraph in the page's address (`#p-N`), in the style picked, kept when the address moves on
 * (to a note): the style's template (citeproc-js's citation of a paragraph, rendered at build) with the paragraph's
 * number in its slots. Its copy button, off in the markup, is turned on with the first paragraph, so it never copies
 * the hint that stands in the citation's place until then. A link under the paragraph leads to it from where the
 * reader chose the paragraph, beside the report's words rather than in them.
 */
class ParagraphCitation extends HTMLElement {
  connectedCallback() {
    const find = <Found extends Element>(selector: string) => this.querySelector<Found>(selector)!;
    const link = Object.assign(document.createElement('a'), {
      className: 'paragraph-cite-link print-hidden',
      href: '#citation-paragraph',
    });
    let state = {} as PinpointState;
    const show = () => {
      const { style, paragraph } = (state = nextState(state, location.hash, find<HTMLSelectElement>('select').value));
      if (!paragraph) return;
      // The template is the build's HTML (citeproc-js's, escaped by it) and the number only digits (`nextState`).
      find('p').innerHTML = find(`[data-style=${style}]`).innerHTML.replaceAll('<slot></slot>', paragraph);
      find('b').textContent = `¶${paragraph}`;
      link.textContent = `Cite paragraph ${paragraph}`;
      // An address naming no paragraph of the report takes the link away rather than leave it under another.
      const chosen = document.getElementById(`p-${paragraph}`);
      if (chosen) chosen.after(link);
      else link.remove();
      find<HTMLButtonElement>('button').disabled = false;
    };
    show();
    // The page's only handlers of these: short, as the script has a budget.
    onhashchange = this.onchange = show;
    this.hidden = false;
  }
}
customElements.define('paragraph-citation', ParagraphCitation);
