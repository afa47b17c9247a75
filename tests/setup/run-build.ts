import { spawn } from 'node:child_process';
import { projectRoot } from './paths.ts';

export interface BuildResult {
  code: number;
  output: string;
}

/**
 * The test process's environment without the variables Vitest sets from Vite's `import.meta.env` (BASE_URL,
 * MODE…): a build inherits them, and Astro would take that BASE_URL ("/") over the configured base path.
 */
export function inheritedEnv(): NodeJS.ProcessEnv {
  const { BASE_URL, MODE, DEV, PROD, SSR, SITE, ASSETS_PREFIX, ...rest } = process.env;
  return rest;
}

/** The folders and address a build or content check is run with. */
export interface ArchiveEnv {
  ARCHIVE_CONTENT_DIR?: string;
  ARCHIVE_OUT_DIR: string;
  SITE_URL?: string;
  BASE_PATH?: string;
  ARCHIVE_CACHE_DIR?: string;
  ARCHIVE_CACHE?: 'off';
}

/** How a build is run: from another copy of the project, or killed (with every process it started) at a line. */
export interface RunOptions {
  cwd?: string;
  killAt?: RegExp;
}

/**
 * How long a test that runs the content check or a build in a child process may take: on a busy machine (a parallel
 * build) one command takes minutes. A bound against a hang, not a speed check.
 */
export const CHILD_COMMANDS_TIMEOUT = 180_000;

/**
 * How long a build of this checkout may wait for another build of it: the checkout's build lock lets one build at a
 * time write `.astro/`, and a 10,000-report bench run beside the suite holds it for many minutes. Tests that build in
 * the checkout itself, not in a copy, add it to their bound.
 */
export const CHECKOUT_LOCK_WAIT = 1_800_000;

/** Runs `npm run build` as a reader would, with the content and output folders given. */
export function runBuild(env: ArchiveEnv, options: RunOptions = {}): Promise<BuildResult> {
  return runNpmScript('build', env, options);
}

/** Runs `npm run check-content` as an editor would, with the content folder given. */
export function runCheckContent(env: ArchiveEnv, options: Pick<RunOptions, 'cwd'> = {}): Promise<BuildResult> {
  return runNpmScript('check-content', env, options);
}

function runNpmScript(script: string, env: ArchiveEnv, { cwd = projectRoot, killAt }: RunOptions = {}): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', script], {
      cwd,
      env: { ...inheritedEnv(), ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
      // Its own process group, so a kill reaches Astro and Pagefind too, as a power cut or a cancelled CI job would.
      detached: killAt !== undefined,
    });
    let output = '';
    const read = (chunk: Buffer) => {
      output += chunk;
      if (killAt?.test(output) && child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** The "Where to fix it" lines a failed build or content check ends with (empty if it printed none). */
export function whereToFix(output: string): string {
  return /\nWhere to fix it:\n((?: {2}.*\n?)*)/.exec(output)?.[1] ?? '';
}

/**
 * A failed build's message with its cause first: the error lines Astro printed, then the whole log.
 * A log of hundreds of lines would otherwise bury the one that says what is wrong.
 */
export function buildFailure(what: string, { code, output }: BuildResult): string {
  const lines = output.split('\n');
  const first = lines.findIndex((line) => /error/i.test(line) && !/^>/.test(line));
  const cause = first < 0 ? [] : lines.slice(first, first + 12);
  return [`${what} (exit code ${code}). Cause:`, ...cause, '', 'The whole build log:', output].join('\n');
}
