import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectCopy } from '../setup/project-copy.ts';
import { CHILD_COMMANDS_TIMEOUT, runBuild, runCheckContent } from '../setup/run-build.ts';

/**
 * Hostile or careless content, each case a small valid archive (tests/fixtures/hostile-content/odd-but-allowed)
 * with the case's files laid over it. `npm run check-content` must stop with a message naming the file and the
 * field or line, and run nothing from the content; `npm run build`, which runs the same content sync, is run
 * instead on the case whose content is code, and must also leave no output folder. The other cases in that folder
 * are refused by the same checks and are tested without a command in tests/unit/hostile-fixtures.test.ts.
 */
const fixturesDir = new URL('../fixtures/hostile-content/', import.meta.url).pathname;
// The content and output folders and the builds of this file live in a copy of the project of its own.
const project = projectCopy('hostile-content-');

function contentWith(name: string, fixtures: readonly string[], prepare?: (dir: string) => void): string {
  const dir = join(project, 'cases', name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(fixturesDir, 'odd-but-allowed'), dir, { recursive: true });
  for (const fixture of fixtures) cpSync(join(fixturesDir, fixture), dir, { recursive: true, verbatimSymlinks: true });
  prepare?.(dir);
  return dir;
}

// Tests in one file run one after another, so these commands do not fight over the cores.
describe('npm run check-content and npm run build refuse hostile content', () => {
  const cases: [name: string, fixtures: string[], expected: (string | RegExp)[], prepare?: (dir: string) => void][] = [
    [
      // Built: an `export` that ran would write a file beside the output folder.
      'mdx-export',
      ['mdx-export'],
      [
        'Unsafe content in articles/mdx-export.mdx',
        'articles/mdx-export.mdx:22:1: `import` and `export` are refused in report bodies',
      ],
    ],
    // Checked once a report's fields pass, with its text.
    ['source-windows-1252', ['source-windows-1252'], ['sources/cp1252-report.txt is not valid UTF-8']],
    [
      // Refused as each file is read, so listed together.
      'refused-files',
      ['symlinked-source', 'yaml-alias-bomb', 'bidi-override'],
      [
        // Eight lines that expand to 9^8 strings: refused by the lexer before any parser expands them.
        'articles/yaml-alias-bomb.mdx:16: YAML: anchor "&a" refused',
        // A received file linked to the build's environment would publish every variable, tokens included.
        'source.file',
        'sources/environ.txt: symbolic links are refused in content/; copy the file in instead',
        'meetings/a-meeting.yaml',
        'contains a bidirectional embedding, override or isolate control (U+202E) at character 10',
      ],
      (dir) => symlinkSync('/proc/self/environ', join(dir, 'sources', 'environ.txt')),
    ],
  ];

  it.each(cases)(
    '%s',
    async (name, fixtures, expected, prepare) => {
      const outDir = join(project, 'out', name);
      const built = name === 'mdx-export';
      if (built) {
        // A previous good build must not survive as if it were this one.
        mkdirSync(outDir, { recursive: true });
        writeFileSync(join(outDir, 'index.html'), '<p>an older build</p>');
      }
      rmSync(`${outDir}.ran`, { force: true });

      const { code, output } = await (built ? runBuild : runCheckContent)(
        { ARCHIVE_CONTENT_DIR: contentWith(name, fixtures, prepare), ARCHIVE_OUT_DIR: outDir },
        { cwd: project },
      );

      expect(code, output).not.toBe(0);
      for (const pattern of expected) expect(output).toMatch(pattern);
      expect(existsSync(outDir), `${outDir} was left behind`).toBe(false);
      // The mdx-export fixture writes this file if its `export` line ever runs.
      expect(existsSync(`${outDir}.ran`), 'content ran as code').toBe(false);
    },
    CHILD_COMMANDS_TIMEOUT,
  );
});
