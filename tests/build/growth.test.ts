import { spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir, projectRoot, scratchDir } from '../setup/paths.ts';

/**
 * The promise to editors: `content/` plus one more valid report passes the content checks and the build-output
 * checks untouched. The report is new (a 2022 economic consultation with a new person, a new abbreviation, a dated
 * event and characters MDX would read as code), drafted by `npm run new-report` and filled in as an editor would.
 */
const dir = join(scratchDir, 'growth');
const grownContent = join(dir, 'content');

const RECEIVED = `Economic ministers review RCEP progress with Japan

date 2022-09-17 Minister of Industry and Trade Nguyễn Hồng Diên speaks at the consultation. VNA/VNS Photo

SIEM REAP — ASEAN economic ministers and Japan's Minister of Economy, Trade and Industry Nishimura Yasutoshi met yesterday for the 28th AEM-METI Consultation, reviewing trade and investment after COVID-19.

The ministers welcomed the entry into force of the Regional Comprehensive Economic Partnership (RCEP) on January 1, 2022, and noted that tariffs on <10 per cent of lines remain {under review}.

Nishimura said Japan would keep supporting the ASEAN Comprehensive Recovery Framework & the region's supply chains. — VNS
`;

const FILLED: Record<string, string> = {
  summary: 'ASEAN economic ministers and Japan reviewed trade after the RCEP agreement entered into force.',
  name: '28th AEM–METI Consultation',
  format: 'in-person',
  publisher: 'Viet Nam News',
  role: 'Minister of Economy, Trade and Industry of Japan',
};

/** Runs an npm script with the grown archive as its content, resolving with its exit code and output. */
function npm(args: string[], env: Record<string, string>): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', args, { cwd: projectRoot, env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

describe('content/ plus a new report', () => {
  it('is drafted by new-report and passes the content checks and the build-output checks untouched', async () => {
    rmSync(dir, { recursive: true, force: true });
    cpSync(contentDir, grownContent, { recursive: true });
    writeFileSync(join(grownContent, 'sources', 'growth-2022-aem-meti.txt'), RECEIVED);
    writeFileSync(
      join(grownContent, 'people', 'nishimura-yasutoshi.yaml'),
      'name: Yasutoshi Nishimura\nvariants: [Nishimura Yasutoshi, Nishimura]\ncountry: Japan\n',
    );
    writeFileSync(
      join(grownContent, 'glossary', 'rcep.yaml'),
      'abbreviation: RCEP\nexpansion: Regional Comprehensive Economic Partnership\nnote: A free trade agreement of ASEAN and five partners, in force since 2022.\n',
    );
    const env = { ARCHIVE_CONTENT_DIR: grownContent };

    const drafted = await npm(['run', '-s', 'new-report', '--', join(grownContent, 'sources', 'growth-2022-aem-meti.txt')], env);
    expect(drafted.code, drafted.output).toBe(0);
    const before = new Set(readdirSync(contentDir + '/articles'));
    const [draftFile] = readdirSync(join(grownContent, 'articles')).filter((name) => !before.has(name));
    const draft = readFileSync(join(grownContent, 'articles', draftFile), 'utf-8');
    expect(draft).toContain('person: nishimura-yasutoshi');
    expect(draft).toContain('<Abbr term="rcep">RCEP</Abbr>');
    expect(draft).toContain('tariffs on \\<10 per cent of lines remain \\{under review\\}');

    // The editor's part: every placeholder filled in, and the event the report dates.
    const filled = draft
      .replace(/^(\s*(?:- )?)(\w+): "TODO:[^"]*"/gm, (_, indent: string, key: string) => `${indent}${key}: ${JSON.stringify(FILLED[key])}`)
      .replace(
        'events: []',
        'events:\n  - date: "2022-01-01"\n    label: RCEP enters into force\n    paragraph: 2\n' +
          '    quote: the entry into force of the Regional Comprehensive Economic Partnership (RCEP) on January 1, 2022',
      );
    expect(filled).not.toMatch(/: "TODO:/);
    writeFileSync(join(grownContent, 'articles', draftFile), filled);

    const checked = await npm(['run', 'check-content'], env);
    expect(checked.code, checked.output).toBe(0);

    // The build-output checks that hold for any archive, run over a build of this one.
    const suite = await npm(
      ['exec', '--', 'vitest', 'run', 'tests/build/output.test.ts', 'tests/build/feeds.test.ts', 'tests/build/chronology.test.ts', 'tests/build/html-validate.test.ts'],
      { ARCHIVE_TEST_CONTENT_DIR: grownContent, ARCHIVE_TEST_SITE_DIR: join(dir, 'site') },
    );
    expect(suite.code, suite.output).toBe(0);
    expect(suite.output).toMatch(/Tests\s+\d+ passed/);
  }, 600_000);
});
