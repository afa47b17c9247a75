/**
 * Runs `npm run build` and measures it with Linux's own accounting, so no extra tool is needed:
 * CPU time from /proc/self/stat (the user and system time of reaped children, which covers npm, Astro and
 * everything they wait for) and memory by sampling /proc for the whole process tree.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { projectRoot } from '../../tests/setup/paths.ts';

export interface BuildMeasurement {
  exitCode: number;
  wallSeconds: number;
  /** User + system CPU seconds of the build's whole process tree. */
  cpuSeconds: number;
  /** The largest resident set any one process of the build reached (its VmHWM). */
  peakProcessRssBytes: number;
  /** The largest sum of resident sets over the build's process tree at one sample (every 100 ms). */
  peakTreeRssBytes: number;
  /** Every line the build printed. */
  logLines: string[];
}

const SAMPLE_MS = 100;
const clockTicksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf-8' }).trim());

/** User + system ticks of this process's reaped children (fields 16 and 17 of /proc/self/stat). */
function reapedChildrenCpuSeconds(): number {
  // The command name (field 2) may hold spaces, so fields are counted from after its closing parenthesis.
  const fields = readFileSync('/proc/self/stat', 'utf-8').split(') ')[1].split(' ');
  return (Number(fields[13]) + Number(fields[14])) / clockTicksPerSecond;
}

/** Current and peak resident set of each live process, with its parent. */
function processTable(): Map<number, { parent: number; rssBytes: number; peakRssBytes: number }> {
  const table = new Map<number, { parent: number; rssBytes: number; peakRssBytes: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf-8');
      const field = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
      table.set(Number(name), { parent: field('PPid'), rssBytes: field('VmRSS') * 1024, peakRssBytes: field('VmHWM') * 1024 });
    } catch {
      // The process ended between listing and reading.
    }
  }
  return table;
}

function sampleTree(rootPid: number, peaks: { process: number; tree: number }): void {
  const table = processTable();
  const inTree = new Set([rootPid]);
  // Parents usually have lower pids, but not always (pid wrap-around), so repeat until nothing is added.
  for (let added = true; added;) {
    added = false;
    for (const [pid, { parent }] of table) {
      if (!inTree.has(pid) && inTree.has(parent)) {
        inTree.add(pid);
        added = true;
      }
    }
  }
  let treeRss = 0;
  for (const pid of inTree) {
    const entry = table.get(pid);
    if (!entry) continue;
    treeRss += entry.rssBytes;
    peaks.process = Math.max(peaks.process, entry.peakRssBytes);
  }
  peaks.tree = Math.max(peaks.tree, treeRss);
}

/** Runs `npm run build` with `env` (content, output and cache folders), its log also written to `logFile`. */
export async function measureBuild(env: Record<string, string>, logFile: string): Promise<BuildMeasurement> {
  const cpuBefore = reapedChildrenCpuSeconds();
  const started = performance.now();
  const child = spawn('npm', ['run', 'build'], {
    cwd: projectRoot,
    env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  const log = createWriteStream(logFile);
  let output = '';
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      log.write(chunk);
    });
  }
  const peaks = { process: 0, tree: 0 };
  const sampler = setInterval(() => sampleTree(child.pid!, peaks), SAMPLE_MS);
  const exitCode: number = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  const wallSeconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  await new Promise((resolve) => log.end(resolve));
  return {
    exitCode,
    wallSeconds,
    cpuSeconds: reapedChildrenCpuSeconds() - cpuBefore,
    peakProcessRssBytes: peaks.process,
    peakTreeRssBytes: peaks.tree,
    logLines: output.split('\n').filter((line) => line.trim()),
  };
}

export interface LogNoise {
  lines: number;
  /** Lines that name one built page each (Astro lists every page it writes). */
  pageLines: number;
  /** Warning lines, grouped with paths and numbers blanked out, most frequent first. */
  warnings: { message: string; count: number }[];
}

/** How readable the build log is: per-page lines, and warnings repeated once per file. */
export function logNoise(lines: string[]): LogNoise {
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (!/warn/i.test(line)) continue;
    const message = line
      .replace(/^\d\d:\d\d:\d\d\s*/, '')
      .replace(/(\/[\w.@+-]+)+/g, '<path>')
      .replace(/\d+/g, '<n>');
    counts.set(message, (counts.get(message) ?? 0) + 1);
  }
  return {
    lines: lines.length,
    pageLines: lines.filter((line) => /[├└]─ \//.test(line)).length,
    warnings: [...counts].map(([message, count]) => ({ message, count })).sort((a, b) => b.count - a.count),
  };
}
