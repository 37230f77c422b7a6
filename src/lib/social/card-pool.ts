import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardContent, CardFonts } from './card.ts';
import type { CardJob, CardReply } from './card-worker.ts';
import { processShared } from '../process-shared.ts';

/**
 * Renders cards in a worker thread. In the build's main thread, satori's layout and resvg's parsing
 * took about 8 ms per card from page rendering; in a worker they run on the second core while pages
 * render on the first (rasterizing and compressing already ran on libuv's pool).
 *
 * The worker runs the source file itself (Node strips its types), found from the project root as the
 * card fonts and cache are.
 */
const WORKER_FILE = join(process.cwd(), 'src/lib/social/card-worker.ts');

interface Pool {
  worker: Worker | undefined;
  nextId: number;
  pending: Map<number, { resolve: (png: Buffer) => void; reject: (error: Error) => void }>;
}

// One worker for the process, whichever copy of this module asks (see process-shared.ts).
const pool = processShared<Pool>('card-worker', () => ({ worker: undefined, nextId: 0, pending: new Map() }));
const { pending } = pool;

/**
 * One worker: with two, pages rendered four times slower while cards were drawn, and the build took
 * longer, on two cores.
 */
function startWorker(): Worker {
  const started = new Worker(WORKER_FILE);
  const failAll = (error: Error) => {
    for (const job of pending.values()) job.reject(error);
    pending.clear();
    if (pool.worker === started) pool.worker = undefined;
  };
  started.on('message', (reply: CardReply) => {
    const job = pending.get(reply.id);
    if (!job) return;
    pending.delete(reply.id);
    if ('error' in reply) job.reject(new Error(`A social card could not be rendered: ${reply.error}`));
    else job.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
    // An idle worker must not keep the build's process alive.
    if (pending.size === 0) started.unref();
  });
  started.on('error', failAll);
  started.on('exit', (code) => failAll(new Error(`The social card worker stopped (exit code ${code})`)));
  return started;
}

export function renderCardInWorker(card: CardContent, fonts: CardFonts): Promise<Buffer> {
  const worker = (pool.worker ??= startWorker());
  worker.ref();
  const job: CardJob = { id: pool.nextId++, card, fonts };
  return new Promise((resolve, reject) => {
    pending.set(job.id, { resolve, reject });
    worker.postMessage(job);
  });
}
