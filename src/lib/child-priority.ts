import { readdirSync, readFileSync } from 'node:fs';
import { constants, setPriority } from 'node:os';

/**
 * Gives this process's child processes whose name starts with `name` the lowest CPU priority, so that
 * work they do ahead of time yields the cores to the build. Linux only, where /proc names a process's
 * children; elsewhere, or when anything fails, nothing changes. Returns the ids of the processes lowered.
 */
export function lowerChildPriority(name: string): number[] {
  const lowered: number[] = [];
  try {
    for (const task of readdirSync('/proc/self/task')) {
      for (const pid of readFileSync(`/proc/self/task/${task}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number)) {
        if (!readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith(name)) continue;
        setPriority(pid, constants.priority.PRIORITY_LOW);
        lowered.push(pid);
      }
    }
  } catch {
    // No /proc, or a child that has just exited: it only runs at the usual priority.
  }
  return lowered;
}
