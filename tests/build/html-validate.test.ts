import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { builtPages, fileFor } from '../setup/site.ts';

const siteDir = inject('siteDir');

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // A page's title is the report's own headline, which the archive may not shorten.
    'long-title': 'off',
  },
});

describe('every built page passes html-validate', () => {
  it.each(builtPages(siteDir))('%s', async (path) => {
    const report = await validator.validateFile(fileFor(siteDir, path) ?? join(siteDir, path));
    const messages = report.results.flatMap((result) =>
      result.messages.map((message) => `${path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
    );
    expect(messages).toEqual([]);
  });
});
