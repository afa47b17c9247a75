/**
 * Words of Latin script (Vietnamese included) under `root` drawn on two lines as the page is laid out: a box too
 * narrow for its words, which the page's `overflow-wrap: anywhere` then breaks inside a word. Text of a closed
 * `<details>` is laid out but not shown. A word with a hyphen or slash (an address) may break there. Run in the page
 * (`locator.evaluate(wordsBrokenAcrossLines)`): it uses nothing from outside itself.
 */
export function wordsBrokenAcrossLines(root: Element): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!element || element.closest('script, style, template, [hidden], details:not([open]) > :not(summary)')) continue;
    for (const word of (node.textContent ?? '').matchAll(/\S+/g)) {
      if (word[0].length > 30 || !/^[\p{Script=Latin}\p{N}.,;:'’"“”()]+$/u.test(word[0])) continue;
      const range = document.createRange();
      range.setStart(node, word.index);
      range.setEnd(node, word.index + word[0].length);
      const lineTops = new Set([...range.getClientRects()].filter((box) => box.width > 0).map((box) => Math.round(box.top)));
      if (lineTops.size > 1) broken.push(`${word[0]} (in <${element.localName} class="${element.className}">)`);
    }
  }
  return broken;
}
