/**
 * What html-validate lets through but the HTML parser would move or reject: content before the doctype or
 * after `</html>` (a browser quietly moves a stray `<script>` there into the body; the W3C Nu validator
 * calls it a fatal "Stray start tag"). Returns a description of each problem; none for a sound page.
 */
export function contentOutsideDocument(html: string): string[] {
  const problems: string[] = [];
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  const doctype = /<!doctype html>/i.exec(withoutComments);
  if (!doctype) problems.push('no <!doctype html>');
  else if (withoutComments.slice(0, doctype.index).trim())
    problems.push(`content before the doctype: ${withoutComments.slice(0, doctype.index).trim().slice(0, 60)}`);
  const closing = withoutComments.toLowerCase().lastIndexOf('</html>');
  if (closing === -1) problems.push('no </html>');
  else {
    const after = withoutComments.slice(closing + '</html>'.length).trim();
    if (after) problems.push(`content after </html>: ${after.slice(0, 60)}`);
  }
  return problems;
}
