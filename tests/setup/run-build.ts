import { spawn } from 'node:child_process';
import { projectRoot } from './paths.ts';

export interface BuildResult {
  code: number;
  output: string;
}

/** Runs `npm run build` as a reader would, with the content and output folders given. */
export function runBuild(env: {
  ARCHIVE_CONTENT_DIR?: string;
  ARCHIVE_OUT_DIR: string;
  ARCHIVE_CACHE_DIR?: string;
}): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'build'], {
      cwd: projectRoot,
      env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
