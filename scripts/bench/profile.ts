/**
 * Where a build's CPU time goes: reads the V8 CPU profiles `node --cpu-prof` wrote (one per thread)
 * and adds up self time per package (node_modules/<name>) or per source file of the site. Astro bundles
 * the site's own code into chunks before rendering, so those show under the chunk's name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface HotSpot {
  where: string;
  /** Self time in this site's build. */
  ms: number;
  /** Self time in the baseline's build. */
  baselineMs: number;
  /** Share of this site's CPU time. */
  share: number;
}

/** The bucket a script URL's time is counted in. */
export function bucketOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native code)';
  if (url.startsWith('node:')) return 'node: built-ins';
  const path = decodeURIComponent(url.replace(/^file:\/\//, ''));
  const modules = path.lastIndexOf('/node_modules/');
  if (modules !== -1) {
    const rest = path.slice(modules + '/node_modules/'.length).split('/');
    if (rest[0] === '.vite' || rest[0] === '.astro') return `(bundled) ${rest.slice(-1)[0]}`;
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const src = path.indexOf('/src/');
  if (src !== -1) return path.slice(src + 1);
  const chunk = /\/(?:dist|\.prerender)\/.*?([^/]+)$/.exec(path);
  if (chunk) return `(site bundle) ${chunk[1]!.replace(/[._-][\w-]{8}\.mjs$/, '.mjs')}`;
  return path.split('/').slice(-2).join('/');
}

/** Self time per bucket over every profile in the folder (one per thread), idle time left out. */
export function selfTimes(profileDir: string): Map<string, number> {
  const totals = new Map<string, number>();
  for (const file of readdirSync(profileDir).filter((name) => name.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(profileDir, file), 'utf8')) as CpuProfile;
    const bucket = new Map(profile.nodes.map((node) => [node.id, bucketOf(node.callFrame.url, node.callFrame.functionName)]));
    profile.samples.forEach((id, i) => {
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      const where = bucket.get(id)!;
      if (where === '(idle)') return;
      totals.set(where, (totals.get(where) ?? 0) + ms);
    });
  }
  return totals;
}

export interface ProfileComparison {
  siteMs: number;
  baselineMs: number;
  /** Buckets by how much more CPU this site spends in them than the baseline. */
  spots: HotSpot[];
}

export function compareProfiles(siteDir: string, baselineDir: string, limit = 15): ProfileComparison {
  const site = selfTimes(siteDir);
  const baseline = selfTimes(baselineDir);
  const sum = (map: Map<string, number>) => [...map.values()].reduce((a, b) => a + b, 0);
  const siteMs = sum(site);
  const spots = [...site]
    .map(([where, ms]) => ({ where, ms, baselineMs: baseline.get(where) ?? 0, share: ms / siteMs }))
    .sort((a, b) => b.ms - b.baselineMs - (a.ms - a.baselineMs))
    .slice(0, limit);
  return { siteMs, baselineMs: sum(baseline), spots };
}
