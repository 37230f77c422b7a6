/**
 * `npm run bench -- --posts N [--runs R] [--profile] [--json] [--keep]`
 *
 * Builds this site and a bare Astro baseline with the same N generated posts (about 1,200 words,
 * headings, a list, a code block, 3 tags of 50), in a temporary folder; never touches the real content.
 * Measures a cold build (no caches), then a warm rebuild after editing one post: wall time, peak
 * memory of the build's process tree, pages and dist/ size; prints our figures as ratios to the
 * baseline's, and where our cold build spends its time. `--profile` adds a CPU-profiled cold build
 * and the packages and files that use the most CPU. With R runs, each figure is the median.
 */
import { cpus, totalmem } from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generatePosts } from '../../tests/support/generate-posts.ts';
import { ROOT } from '../../tests/support/sites.ts';
import { folderStats, measureBuild, outputsOf, type BuildMeasurement, type Phase } from './measure.ts';
import { compareProfiles, type ProfileComparison } from './profile.ts';
import { editOnePost, prepareBaseline, prepareThisSite } from './projects.ts';

const { values: args } = parseArgs({
  options: {
    posts: { type: 'string', default: '100' },
    runs: { type: 'string', default: '1' },
    profile: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const count = Number(args.posts);
const runs = Math.max(1, Number(args.runs));
if (!Number.isInteger(count) || count < 1) throw new Error(`--posts must be a positive whole number, not ${args.posts}`);
const log = (line: string) => (args.json ? process.stderr : process.stdout).write(`${line}\n`);

interface SiteResult {
  coldMs: number;
  warmMs: number;
  /** CPU time (user + system) of the cold and warm builds; null without GNU time. */
  coldCpuMs: number | null;
  warmCpuMs: number | null;
  /** Bytes; null where the process tree cannot be sampled (no /proc). */
  peakRss: number | null;
  warmPeakRss: number | null;
  pages: number;
  files: number;
  distBytes: number;
  coldPhases: Phase[];
  warmPhases: Phase[];
  /** Generated outputs (pages, feeds, cards) of the warm rebuild, and how many it reused unchanged. */
  warmOutputs: { outputs: number; reused: number };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const medianOrNull = (values: (number | null)[]) => (values.some((v) => v === null) ? null : median(values as number[]));

/**
 * Takes away what makes a build warm: output, content data store, Astro's and Vite's caches. They are
 * moved aside, not deleted, until the benchmark ends: on ext4 without a journal (these machines),
 * every file created in the minute after thousands were deleted first scans the deleted inodes, which
 * made each new file cost up to half a millisecond of kernel time in whichever build came next. A cold
 * build on a fresh clone or CI machine never pays that, and journaled ext4 never checks.
 */
let setAside = 0;
function makeCold(dir: string, aside: string): void {
  const into = join(aside, String(setAside++));
  mkdirSync(into, { recursive: true });
  for (const path of ['dist', '.astro', 'node_modules']) {
    if (existsSync(join(dir, path))) renameSync(join(dir, path), join(into, path));
  }
}

/**
 * Caches a feature keeps outside Astro's own cache folder are pointed into the copy's node_modules,
 * so that a cold build is really cold and no run reuses another's (or the project's) results.
 */
function cacheEnv(dir: string): Record<string, string> {
  return { CARD_CACHE_DIR: join(dir, 'node_modules/.cache/social-cards') };
}

const benchDir = join(ROOT, '.cache/bench');
mkdirSync(benchDir, { recursive: true });
const runDir = mkdtempSync(join(benchDir, `posts-${count}-`));
const asideDir = join(runDir, 'set-aside');
const posts = generatePosts({ count, crossLinks: true });
const sites = {
  site: prepareThisSite(join(runDir, 'site'), posts),
  baseline: prepareBaseline(join(runDir, 'baseline'), posts),
};

const samples: Record<keyof typeof sites, { cold: BuildMeasurement[]; warm: BuildMeasurement[] }> = {
  site: { cold: [], warm: [] },
  baseline: { cold: [], warm: [] },
};
try {
  for (let run = 1; run <= runs; run++) {
    // Interleaved, so a machine that slows down mid-run slows both sides alike.
    for (const phase of ['cold', 'warm'] as const) {
      for (const name of ['site', 'baseline'] as const) {
        const dir = sites[name];
        if (phase === 'cold') makeCold(dir, asideDir);
        else editOnePost(dir, posts[0]!);
        log(`${name === 'site' ? 'this site' : 'baseline'}: ${phase} build ${run}/${runs} of ${count} posts …`);
        samples[name][phase].push(await measureBuild({ cwd: dir, env: cacheEnv(dir) }));
      }
    }
  }

  const summarize = (name: keyof typeof sites): SiteResult => {
    const { cold, warm } = samples[name];
    const dist = folderStats(join(sites[name], 'dist'));
    const typical = (list: BuildMeasurement[]) => list.find((m) => m.wallMs === median(list.map((x) => x.wallMs)))!;
    return {
      coldMs: median(cold.map((m) => m.wallMs)),
      warmMs: median(warm.map((m) => m.wallMs)),
      coldCpuMs: medianOrNull(cold.map((m) => m.cpuMs)),
      warmCpuMs: medianOrNull(warm.map((m) => m.cpuMs)),
      peakRss: medianOrNull(cold.map((m) => m.peakRss)),
      warmPeakRss: medianOrNull(warm.map((m) => m.peakRss)),
      pages: dist.pages,
      files: dist.files,
      distBytes: dist.bytes,
      coldPhases: typical(cold).phases,
      warmPhases: typical(warm).phases,
      warmOutputs: outputsOf(typical(warm).lines),
    };
  };
  const site = summarize('site');
  const baseline = summarize('baseline');

  let profile: ProfileComparison | undefined;
  if (args.profile) {
    for (const name of ['site', 'baseline'] as const) {
      makeCold(sites[name], asideDir);
      log(`${name === 'site' ? 'this site' : 'baseline'}: cold build with the CPU profiler …`);
      await measureBuild({ cwd: sites[name], env: cacheEnv(sites[name]), nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${join(runDir, `profile-${name}`)}`] });
    }
    profile = compareProfiles(join(runDir, 'profile-site'), join(runDir, 'profile-baseline'));
  }

  const ratio = (a: number | null, b: number | null) => (a === null || b === null ? null : a / b);
  const ratios = {
    cold: ratio(site.coldMs, baseline.coldMs),
    warmToBaselineCold: ratio(site.warmMs, baseline.coldMs),
    warmToBaselineWarm: ratio(site.warmMs, baseline.warmMs),
    peakMemory: ratio(site.peakRss, baseline.peakRss),
    coldCpu: ratio(site.coldCpuMs, baseline.coldCpuMs),
    warmCpuToBaselineColdCpu: ratio(site.warmCpuMs, baseline.coldCpuMs),
  };
  const targets = {
    'warm rebuild ≤ 1.0 × baseline build': ratios.warmToBaselineCold !== null && ratios.warmToBaselineCold <= 1,
    'cold build ≤ 2.0 × baseline build': ratios.cold !== null && ratios.cold <= 2,
    'peak memory ≤ 1.0 × baseline': ratios.peakMemory !== null && ratios.peakMemory <= 1,
  };
  const astroVersion = (JSON.parse(readFileSync(join(ROOT, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version;
  const machine = {
    cpu: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    astro: astroVersion,
    platform: `${process.platform} ${process.arch}`,
  };

  if (args.json) {
    const each = (list: BuildMeasurement[]) => list.map(({ wallMs, cpuMs, peakRss }) => ({ wallMs, cpuMs, peakRss }));
    const runsOf = (name: keyof typeof sites) => ({ cold: each(samples[name].cold), warm: each(samples[name].warm) });
    console.log(JSON.stringify({ posts: count, runs, machine, site, baseline, ratios, targets, profile, samples: { site: runsOf('site'), baseline: runsOf('baseline') } }, null, 2));
  } else {
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    const mb = (bytes: number | null) => (bytes === null ? 'n/a' : `${Math.round(bytes / 2 ** 20)} MB`);
    const cpu = (ms: number | null) => (ms === null ? 'n/a' : s(ms));
    const x = (value: number | null) => (value === null ? 'n/a' : `${value.toFixed(2)}×`);
    const table = (rows: string[][]) => {
      const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
      for (const row of rows) log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('   ').trimEnd());
    };
    log(`\n${count} posts; ${runs === 1 ? 'one run' : `median of ${runs} runs`}; ${machine.cpu}, ${machine.memoryGB} GB, Node ${machine.node}, Astro ${machine.astro}\n`);
    table([
      ['', 'this site', 'bare baseline', 'ratio'],
      ['cold build', s(site.coldMs), s(baseline.coldMs), x(ratios.cold)],
      ['time per post (cold)', `${(site.coldMs / count).toFixed(1)} ms`, `${(baseline.coldMs / count).toFixed(1)} ms`, ''],
      ['warm rebuild, one post edited', s(site.warmMs), s(baseline.warmMs), `${x(ratios.warmToBaselineWarm)} (${x(ratios.warmToBaselineCold)} of baseline cold)`],
      ['CPU time, cold', cpu(site.coldCpuMs), cpu(baseline.coldCpuMs), x(ratios.coldCpu)],
      ['CPU time, warm', cpu(site.warmCpuMs), cpu(baseline.warmCpuMs), `(${x(ratios.warmCpuToBaselineColdCpu)} of baseline cold)`],
      ['peak memory, cold (process tree)', mb(site.peakRss), mb(baseline.peakRss), x(ratios.peakMemory)],
      ['peak memory, warm', mb(site.warmPeakRss), mb(baseline.warmPeakRss), ''],
      ['pages built', String(site.pages), String(baseline.pages), ''],
      ['outputs reused by the warm rebuild', `${site.warmOutputs.reused} of ${site.warmOutputs.outputs}`, `${baseline.warmOutputs.reused} of ${baseline.warmOutputs.outputs}`, ''],
      ['dist/ size', `${mb(site.distBytes)} in ${site.files} files`, `${mb(baseline.distBytes)} in ${baseline.files} files`, ''],
    ]);
    log(`\nTargets (set for 1,000 posts${count === 1000 ? '' : `; this run has ${count}`}):`);
    for (const [name, met] of Object.entries(targets)) log(`  ${met ? 'met    ' : 'NOT met'}  ${name}`);
    log('\nWhere the time goes, by phase of the build log:');
    const phaseMs = (phases: Phase[], name: string) => s(phases.find((p) => p.name === name)?.ms ?? 0);
    table([
      ['phase', 'this site cold', 'warm', 'baseline cold', 'warm'],
      ...site.coldPhases.map(({ name }) => [
        name,
        phaseMs(site.coldPhases, name),
        phaseMs(site.warmPhases, name),
        phaseMs(baseline.coldPhases, name),
        phaseMs(baseline.warmPhases, name),
      ]),
    ]);
    if (profile) {
      log(`\nCPU profiles of cold builds (JavaScript threads: this site ${s(profile.siteMs)}, baseline ${s(profile.baselineMs)}),`);
      log('self time by package or file, where this site spends the most beyond the baseline:');
      table([
        ['package or file', 'this site', 'share', 'baseline', 'difference'],
        ...profile.spots.map((spot) => [spot.where, s(spot.ms), `${(spot.share * 100).toFixed(1)} %`, s(spot.baselineMs), s(spot.ms - spot.baselineMs)]),
      ]);
    }
  }
} finally {
  rmSync(asideDir, { recursive: true, force: true });
  if (args.keep) log(`\nKept the sites in ${runDir}`);
  else rmSync(runDir, { recursive: true, force: true });
}
