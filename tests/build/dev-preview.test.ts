import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { prepareSite, ROOT } from '../support/sites.ts';
import { fixtureFiles } from '../support/test-sites.ts';

const PORT = Number(process.env.DEV_TEST_PORT) || 4339;

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

test('in astro dev, drafts and scheduled posts are listed with a badge', async (t) => {
  const dir = prepareSite('dev', await fixtureFiles());
  const server = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(PORT), '--host', '127.0.0.1'], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  t.after(() => server.kill());
  await waitFor(`http://127.0.0.1:${PORT}/archive/`, 60_000);

  const archive = parse(await (await fetch(`http://127.0.0.1:${PORT}/archive/`)).text());
  const badgeOf = (title: string) =>
    archive.querySelectorAll('.archive-list li').find((item) => item.text.includes(title))?.querySelector('.badge')?.text;
  assert.equal(badgeOf('ZQXDRAFT unfinished thoughts'), 'Draft');
  assert.equal(badgeOf('ZQXFUTURE scheduled announcement'), 'Scheduled');
  assert.equal(badgeOf('Rust Is Winning the AI Code Generation Race'), undefined, 'published posts carry no badge');

  const draft = await fetch(`http://127.0.0.1:${PORT}/blog/draft-secret/`);
  assert.equal(draft.status, 200);
  assert.match(await draft.text(), /badge-draft/);
  const scheduled = parse(await (await fetch(`http://127.0.0.1:${PORT}/blog/future-secret/`)).text());
  assert.match(scheduled.querySelector('.post-meta')!.text, /^\s*Scheduled for /, 'a scheduled post says when it will be out, not that it is');
});

test('in astro dev, a post is checked again when saved: its problems are printed, and that all is well once fixed', async (t) => {
  const dir = prepareSite('dev-recheck');
  const post = join(dir, 'src/content/blog/linking.md');
  const source = (link: string) => `---\ntitle: Linking\ndescription: A post with a link.\ndate: 2025-01-01\n---\n\nSee [the first post](${link}).\n`;
  writeFileSync(post, source('/blog/rust-is-winning-the-ai-code-generation-race/'));
  const server = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(PORT + 1), '--host', '127.0.0.1'], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  t.after(() => server.kill());
  let output = '';
  server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const printed = async (pattern: RegExp, from: number) => {
    const deadline = Date.now() + 30_000;
    while (!pattern.test(output.slice(from))) {
      if (Date.now() > deadline) throw new Error(`expected ${pattern} in\n${output.slice(from)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  await waitFor(`http://127.0.0.1:${PORT + 1}/`, 60_000);

  let from = output.length;
  writeFileSync(post, source('/blog/rust-is-wining-the-ai-code-generation-race/'));
  await printed(/src\/content\/blog\/linking\.md:7 — link: \/blog\/rust-is-wining-the-ai-code-generation-race\/ leads to no post/, from);
  from = output.length;
  writeFileSync(post, source('/blog/rust-is-winning-the-ai-code-generation-race/'));
  await printed(/2 posts checked, no problems/, from);
});
