import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { contentOutsideDocument } from '../setup/html-structure.ts';
import { builtPages, fileFor } from '../setup/site.ts';

const siteDir = inject('siteDir');

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // A page's title is the report's own headline, which the archive may not shorten.
    'long-title': 'off',
    // A group of checkboxes shares one name, as the search filters' values do (?topic=A&topic=B).
    'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
  },
});

describe('every built page passes html-validate', () => {
  it.each(builtPages(siteDir))('%s', async (path) => {
    const file = fileFor(siteDir, path) ?? join(siteDir, path);
    const report = await validator.validateFile(file);
    const messages = report.results.flatMap((result) =>
      result.messages.map((message) => `${path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
    );
    // html-validate reads a page as a fragment and accepts elements after </html>; browsers and the Nu validator do not.
    messages.push(...contentOutsideDocument(readFileSync(file, 'utf-8')).map((problem) => `${path}: ${problem}`));
    expect(messages).toEqual([]);
  });
});

describe('the document-structure check', () => {
  const page = (inside: string, after = '') =>
    `<!doctype html><html lang="en"><head><title>t</title></head><body>${inside}</body></html>${after}`;

  it('accepts a whole document, with whitespace and comments around it', () => {
    expect(contentOutsideDocument(`<!-- built -->\n${page('<p>x</p>')}\n<!-- end -->\n`)).toEqual([]);
  });

  it('rejects an element after </html>, such as a stray module script', () => {
    expect(contentOutsideDocument(page('<p>x</p>', '<script type="module" src="/x.js"></script>'))).toEqual([
      'content after </html>: <script type="module" src="/x.js"></script>',
    ]);
  });

  it('rejects content before the doctype, and a page without one', () => {
    expect(contentOutsideDocument(`<p>early</p>${page('')}`)).toEqual(['content before the doctype: <p>early</p>']);
    expect(contentOutsideDocument('<p>fragment</p>')).toEqual(['no <!doctype html>', 'no </html>']);
  });
});
