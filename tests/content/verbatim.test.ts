import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { receivedTextProblem } from '../../src/lib/received-text.ts';
import { renderReportBody } from '../../src/lib/report-body.ts';
import { readArticleFile } from '../setup/content.ts';
import { contentDir } from '../setup/paths.ts';
import { mdxBodyWords, withoutFrame, words } from '../setup/verbatim.ts';

const articleFiles = readdirSync(join(contentDir, 'articles')).filter((name) => name.endsWith('.mdx'));

describe.each(articleFiles)('%s', (file) => {
  const fileText = readFileSync(join(contentDir, 'articles', file), 'utf-8');
  const { data: frontmatter, body: content } = readArticleFile(join(contentDir, 'articles', file));
  const received = readFileSync(join(contentDir, 'sources', frontmatter.source.file), 'utf-8');

  it('carries every word of the received report, in order, apart from the frame shown around it', () => {
    expect(mdxBodyWords(content)).toEqual(words(withoutFrame(received, frontmatter.source.frame)));
  });

  it('keeps the received paragraphs one to one (the check the build makes)', () => {
    const { file: sourceFile, frame } = frontmatter.source;
    expect(receivedTextProblem({ file, fileText, body: content, sourceFile, sourceText: received, frame })).toBeUndefined();
  });

  it('renders as the build renders it: text and plain markup, never code', () => {
    expect(() => renderReportBody(content, `articles/${file}`)).not.toThrow();
  });

  it('takes its headline, byline, dateline, sign-off and caption word for word from the frame', () => {
    const { publication, headline, headlineSupplied } = frontmatter;
    const framed = [
      headlineSupplied ? undefined : headline,
      publication.byline,
      publication.dateline,
      publication.signature,
      publication.photo?.caption,
      publication.photo?.credit,
    ].filter((value): value is string => typeof value === 'string');
    for (const value of framed) {
      expect(frontmatter.source.frame.some((piece: string) => piece.includes(value)), value).toBe(true);
    }
  });
});

describe('the verbatim check itself', () => {
  it('notices a changed, dropped or added word', () => {
    const received = 'Headline\n\nThe two sides agreed. Japan supports AOIP.';
    const frame = ['Headline'];
    const expected = words(withoutFrame(received, frame));
    expect(mdxBodyWords('The two sides agreed. Japan supports <abbr title="x">AOIP</abbr>.')).toEqual(expected);
    expect(mdxBodyWords('The two sides agree. Japan supports AOIP.')).not.toEqual(expected);
    expect(mdxBodyWords('The two sides agreed. Japan AOIP.')).not.toEqual(expected);
    expect(mdxBodyWords('The two sides fully agreed. Japan supports AOIP.')).not.toEqual(expected);
    expect(() => withoutFrame(received, ['Headlines'])).toThrow(/not in the received text/);
  });
});
