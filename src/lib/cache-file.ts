import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Folders this process has made: a recursive mkdir per file cost a fifth of a millisecond here, 1,000 times a build. */
const madeFolders = new Set<string>();

/**
 * Writes one file of a cache that outlives builds, whole or not at all: written aside, then renamed,
 * so a build stopped half-way never leaves a truncated file to be reused. Not synchronously, as creating
 * a file can take a millisecond here, and a first build writes thousands.
 */
export async function writeCacheFile(file: string, data: string | Uint8Array): Promise<void> {
  const folder = dirname(file);
  const partial = `${file}.${process.pid}.tmp`;
  if (!madeFolders.has(folder)) await makeFolder(folder);
  try {
    await writeFile(partial, data);
  } catch (error) {
    // The folder went while this process ran (a cache cleared under a dev server): make it again.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await makeFolder(folder);
    await writeFile(partial, data);
  }
  await rename(partial, file);
}

async function makeFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  madeFolders.add(folder);
}

/**
 * The JSON record an earlier build kept in `file`, when there is one and `usable` accepts it. A missing,
 * unreadable or foreign record is none: whatever it would have saved is simply worked out again.
 */
export function readRecord<T>(file: string | undefined, usable: (saved: T) => boolean): T | undefined {
  if (!file || !existsSync(file)) return undefined;
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as T;
    return saved !== null && typeof saved === 'object' && usable(saved) ? saved : undefined;
  } catch {
    return undefined;
  }
}

/** Writes a record for the next build (synchronously: one small file, at the end of a pass). */
export function writeRecord(file: string, record: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(record));
}
