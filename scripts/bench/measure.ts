/**
 * Runs one `astro build` and measures it: wall time; CPU time (user + system, the build and all its
 * descendants, from GNU time), which a busy machine disturbs far less than wall time; peak memory of
 * the whole process tree (resident set sizes summed over the build process and its descendants,
 * sampled from /proc every 20 ms); and when each line of Astro's log arrived, from which the build's
 * phases are timed.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface LogLine {
  ms: number;
  text: string;
}

export interface Phase {
  name: string;
  ms: number;
}

export interface BuildMeasurement {
  wallMs: number;
  /** User + system CPU time of the build and its descendants; null without /usr/bin/time. */
  cpuMs: number | null;
  /** Peak of the summed RSS of the build's process tree, in bytes; null where /proc is missing. */
  peakRss: number | null;
  lines: LogLine[];
  phases: Phase[];
}

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

function rssOf(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Summed RSS of a process and all its descendants, right now. */
export function treeRss(root: number): number {
  let total = 0;
  const queue = [root];
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    total += rssOf(pid);
    queue.push(...childrenOf(pid));
  }
  return total;
}

/**
 * Astro's build log, in order, and the phase that ends at each line. A phase missing from the log
 * (a build with no images, say) is folded into the next one.
 */
const PHASE_ENDS: { name: string; end: RegExp }[] = [
  { name: 'start-up (config, Vite, integrations)', end: /\[content\] Syncing content/ },
  { name: 'content sync (frontmatter, Markdown to HTML)', end: /\[content\] Synced content/ },
  { name: 'types and build set-up', end: /Building static entrypoints/ },
  { name: 'bundling (Vite)', end: /generating static routes/ },
  { name: 'rendering pages', end: /generating optimized images|\[build\] ✓ Completed in/ },
  { name: 'optimizing images', end: /\[build\] ✓ Completed in/ },
  { name: 'after the build (integrations: sitemap, CSP, …)', end: /\[build\] Complete!/ },
];

/** Outputs a build wrote (pages, feeds, cards), and how many of them it reused from the last build. */
export function outputsOf(lines: readonly LogLine[]): { outputs: number; reused: number } {
  // Pages render four at a time, so one log line can hold the start of one output and the whole of another.
  const text = lines.map((line) => line.text).join('\n');
  return { outputs: text.split('├─').length - 1, reused: [...text.matchAll(/├─ \S+ \((?:restored|cached)\)/g)].length };
}

export function phasesOf(lines: readonly LogLine[], wallMs: number): Phase[] {
  const phases: Phase[] = [];
  let from = 0;
  let searchFrom = 0;
  for (const { name, end } of PHASE_ENDS) {
    const index = lines.findIndex((line, i) => i >= searchFrom && end.test(line.text));
    if (index === -1) continue;
    phases.push({ name, ms: lines[index]!.ms - from });
    from = lines[index]!.ms;
    searchFrom = index + 1;
  }
  phases.push({ name: 'exit', ms: wallMs - from });
  return phases;
}

const GNU_TIME = '/usr/bin/time';
const TIME_MARK = 'BENCH-CPU-SECONDS';

export interface BuildOptions {
  cwd: string;
  env?: Record<string, string>;
  /** Extra Node flags, e.g. --cpu-prof. */
  nodeFlags?: string[];
}

export async function measureBuild({ cwd, env = {}, nodeFlags = [] }: BuildOptions): Promise<BuildMeasurement> {
  const astro = join(import.meta.dirname, '../../node_modules/astro/bin/astro.mjs');
  const command = [process.execPath, ...nodeFlags, astro, 'build'];
  const timed = existsSync(GNU_TIME);
  const started = performance.now();
  const child = spawn(timed ? GNU_TIME : command[0]!, timed ? ['-f', `${TIME_MARK} %U %S`, ...command] : command.slice(1), {
    cwd,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const canSample = existsSync(`/proc/${child.pid}/status`);
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, treeRss(child.pid!));
  }, 20);

  const lines: LogLine[] = [];
  let output = '';
  let cpuMs: number | null = null;
  // A chunk may end mid-line: keep the rest of each stream until its newline arrives.
  const collector = () => {
    let partial = '';
    const take = (line: string, ms: number) => {
      const times = line.startsWith(TIME_MARK) ? line.slice(TIME_MARK.length).trim().split(/\s+/).map(Number) : undefined;
      if (times) cpuMs = (times[0]! + times[1]!) * 1000;
      else if (line.trim()) lines.push({ ms, text: line });
    };
    return {
      data: (chunk: Buffer) => {
        const ms = performance.now() - started;
        const text = partial + chunk.toString('utf8');
        output += chunk.toString('utf8');
        const complete = text.split('\n');
        partial = complete.pop()!;
        for (const line of complete) take(line, ms);
      },
      end: () => take(partial, performance.now() - started),
    };
  };
  const out = collector();
  const err = collector();
  child.stdout.on('data', out.data);
  child.stderr.on('data', err.data);
  const status = await new Promise<number | null>((done) => child.on('close', done));
  out.end();
  err.end();
  clearInterval(sampler);
  const wallMs = performance.now() - started;
  if (status !== 0) throw new Error(`astro build failed in ${cwd}:\n${output.slice(-4000)}`);
  return { wallMs, cpuMs, peakRss: canSample ? peak : null, lines, phases: phasesOf(lines, wallMs) };
}

export function folderStats(dir: string): { bytes: number; files: number; pages: number } {
  let bytes = 0;
  let files = 0;
  let pages = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) pages++;
  }
  return { bytes, files, pages };
}
