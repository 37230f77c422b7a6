import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { getPriority } from 'node:os';
import { lowerChildPriority } from '../../src/lib/child-priority.ts';

test('only the named child processes get the lowest priority', { skip: process.platform !== 'linux' && 'finds children through /proc' }, (t) => {
  const named = spawn('sleep', ['30']);
  const other = spawn('tail', ['-f', '/dev/null']);
  t.after(() => {
    named.kill();
    other.kill();
  });
  assert.deepEqual(lowerChildPriority('sleep'), [named.pid]);
  assert.equal(getPriority(named.pid), 19);
  assert.equal(getPriority(other.pid), getPriority());
  assert.deepEqual(lowerChildPriority('no-such-process'), []);
});
