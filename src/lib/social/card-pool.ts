import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardContent, CardFonts } from './card.ts';
import type { CardJob, CardReply } from './card-worker.ts';
import { processShared } from '../process-shared.ts';

/**
 * Renders cards in a worker thread. In the build's main thread, satori's layout and resvg's parsing
 * took about 8 ms per card from page rendering; in a worker, layout and rasterizing run on the second
 * core while pages render on the first (compressing runs on libuv's pool, card-render.ts).
 *
 * The worker runs the source file itself (Node strips its types), found from the project root as the
 * card fonts and cache are.
 */
const WORKER_FILE = join(process.cwd(), 'src/lib/social/card-worker.ts');

interface Job {
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

interface Running {
  worker: Worker;
  jobs: Map<number, Job>;
  idle?: ReturnType<typeof setTimeout> | undefined;
}

// One worker for the process, whichever copy of this module asks (see process-shared.ts).
const pool = processShared<{ running: Running | undefined; nextId: number }>('card-worker', () => ({ running: undefined, nextId: 0 }));

/**
 * A worker with nothing to do stops after this long: it holds a few hundred megabytes, which a dev
 * server would otherwise keep for as long as it runs. Cards come in bursts (a build starts all of
 * them once the posts are checked), and a worker started again costs a quarter of a second.
 */
const IDLE_MS = 250;

/**
 * One worker: with two, pages rendered four times slower while cards were drawn, and the build took
 * longer, on two cores.
 */
function startWorker(): Running {
  const running: Running = { worker: new Worker(WORKER_FILE), jobs: new Map() };
  const { worker, jobs } = running;
  const retire = () => {
    if (pool.running === running) pool.running = undefined;
  };
  const failAll = (error: Error) => {
    for (const job of jobs.values()) job.reject(error);
    jobs.clear();
    retire();
  };
  worker.on('message', (reply: CardReply) => {
    const job = jobs.get(reply.id);
    if (!job) return;
    jobs.delete(reply.id);
    if ('error' in reply) job.reject(new Error(`A social card could not be rendered: ${reply.error}`));
    else job.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
    if (jobs.size > 0) return;
    // An idle worker must not keep the build's process alive, nor its memory for long.
    worker.unref();
    running.idle = setTimeout(() => {
      retire();
      void worker.terminate();
    }, IDLE_MS).unref();
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`The social card worker stopped (exit code ${code})`)));
  return running;
}

export function renderCardInWorker(card: CardContent, fonts: CardFonts): Promise<Buffer> {
  const running = (pool.running ??= startWorker());
  clearTimeout(running.idle);
  running.worker.ref();
  const job: CardJob = { id: pool.nextId++, card, fonts };
  return new Promise((resolve, reject) => {
    running.jobs.set(job.id, { resolve, reject });
    running.worker.postMessage(job);
  });
}

/** Whether a card worker is running now. */
export function cardWorkerRunning(): boolean {
  return pool.running !== undefined;
}
