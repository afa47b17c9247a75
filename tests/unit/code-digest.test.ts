import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeDigest, moduleGraph, projectCodeDigest } from '../../src/build/code-digest.ts';
import { projectRoot } from '../setup/paths.ts';
import { tempDir } from '../setup/temp-dir.ts';

/** A small project: an entry importing a module that imports another, a raw import, a package, and a bystander. */
function project() {
  const dir = tempDir('code-digest-');
  const file = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
    return join(dir, path);
  };
  file('package.json', '{"name":"p"}');
  file('package-lock.json', '{"lockfileVersion":3}');
  const entry = file(
    'src/build/step.ts',
    "import { a } from '../lib/a.ts';\nimport type { T } from '../lib/types';\nexport const x = a;\n",
  );
  file(
    'src/lib/a.ts',
    "import { b } from './deep/b.ts';\nimport text from './c.ts?raw';\nimport { z } from 'zod';\nexport const a = b + text;\n",
  );
  file('src/lib/deep/b.ts', 'export const b = 1;\n');
  file('src/lib/c.ts', 'export {};\n');
  file('src/lib/types.ts', 'export type T = string;\n');
  file('src/lib/bystander.ts', 'export const y = 2;\n');
  file('src/lib/csl/style.csl', '<style/>\n');
  file('astro.config.mjs', 'export default {};\n');
  file('tests/step.test.ts', 'export {};\n');
  return { dir, entry };
}

describe('moduleGraph', () => {
  it('follows relative imports however deep (type-only, raw and extensionless ones too), not packages', () => {
    const { dir, entry } = project();
    expect(
      moduleGraph([entry])
        .map((file) => relative(dir, file))
        .sort(),
    ).toEqual(['src/build/step.ts', 'src/lib/a.ts', 'src/lib/c.ts', 'src/lib/deep/b.ts', 'src/lib/types.ts'].sort());
  });

  it('names the module whose import is no file', () => {
    const { dir, entry } = project();
    writeFileSync(join(dir, 'src/lib/deep/b.ts'), "import './gone.ts';\n");
    expect(() => moduleGraph([entry])).toThrow(/deep\/b\.ts imports \.\/gone\.ts, which is no file/);
  });

  it("holds the modules the report loader's cache depends on without naming them, to the issue's example", () => {
    const graph = moduleGraph([join(projectRoot, 'src/build/report-loader.ts')]).map((file) => relative(projectRoot, file));
    expect(graph).toEqual(
      expect.arrayContaining(['src/lib/report-body.ts', 'src/lib/mdx-safety.ts', 'src/lib/archive-paths.ts']),
    );
  });
});

describe('codeDigest', () => {
  it('changes with any module of the graph, however deep, and with the locked dependencies; not with others', () => {
    const { dir, entry } = project();
    const before = codeDigest([entry]);
    appendFileSync(join(dir, 'src/lib/bystander.ts'), '// a change elsewhere\n');
    expect(codeDigest([entry])).toBe(before);
    appendFileSync(join(dir, 'src/lib/deep/b.ts'), '// a change two imports down\n');
    const deepChanged = codeDigest([entry]);
    expect(deepChanged).not.toBe(before);
    appendFileSync(join(dir, 'src/lib/c.ts'), '// a raw import\n');
    expect(codeDigest([entry])).not.toBe(deepChanged);
    const rawChanged = codeDigest([entry]);
    writeFileSync(join(dir, 'package-lock.json'), '{"lockfileVersion":3,"packages":{"node_modules/zod":{"version":"9"}}}');
    expect(codeDigest([entry])).not.toBe(rawChanged);
  });

  it('takes a module as a path or as its file: URL (import.meta.url)', () => {
    const { entry } = project();
    expect(codeDigest([new URL(`file://${entry}`).href])).toBe(codeDigest([entry]));
  });
});

describe('projectCodeDigest', () => {
  it('changes with any file under src/, imported or read, with the Astro configuration and the lock; not with others', () => {
    const { dir } = project();
    const digests = [projectCodeDigest(dir)];
    appendFileSync(join(dir, 'tests/step.test.ts'), '// a test\n');
    expect(projectCodeDigest(dir)).toBe(digests[0]);
    for (const path of [
      'src/lib/deep/b.ts',
      'src/lib/bystander.ts',
      'src/lib/csl/style.csl',
      'astro.config.mjs',
      'package-lock.json',
    ]) {
      appendFileSync(join(dir, path), '\n');
      const changed = projectCodeDigest(dir);
      expect(digests, path).not.toContain(changed);
      digests.push(changed);
    }
  });
});
