/**
 * The citation of the paragraph in the page's address (`#p-N`), kept when the address moves on (to a note): its
 * pieces joined by the paragraph's number, as `apaPinpoint` joins them. Its copy button, off in the markup, is turned
 * on with the first paragraph, so it never copies the hint that stands in the citation's place until then.
 */
class ParagraphCitation extends HTMLElement {
  connectedCallback() {
    const parts = JSON.parse(this.dataset.parts!) as string[];
    const show = () => {
      const paragraph = /^#p-(\d+)$/.exec(location.hash)?.[1];
      if (!paragraph) return;
      this.querySelector('b')!.textContent = `¶${paragraph}`;
      this.lastElementChild!.textContent = parts.join(paragraph);
      this.querySelector('button')!.disabled = false;
    };
    show();
    addEventListener('hashchange', show);
    this.hidden = false;
  }
}
customElements.define('paragraph-citation', ParagraphCitation);
