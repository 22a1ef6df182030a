import { describe, expect, it } from 'vitest';
import { ingestText } from '../ingest';
import { simulate } from '../simulate';
import { benchJourney } from '../synthetic/bench-journey';
import { generateNdjson } from '../synthetic/generate-activity';
import { generateCatalog } from '../synthetic/generate-catalog';
import { startSimulationInWorker, SimulationWorkerError, type WorkerLike } from './client';
import type { MainToWorker } from './protocol';
import { createProtocolHandler } from './run-protocol';

/** A stand-in Worker: messages go through structured cloning both ways, like the real thing. */
function inProcessWorker(): WorkerLike & { terminated: boolean; received: MainToWorker[] } {
  const worker: WorkerLike & { terminated: boolean; received: MainToWorker[] } = {
    terminated: false,
    received: [],
    onmessage: null,
    onerror: null,
    postMessage(message) {
      worker.received.push(message);
      const copy = structuredClone(message);
      setTimeout(() => !worker.terminated && handler.handle(copy), 0);
    },
    terminate() {
      worker.terminated = true;
    },
  };
  const handler = createProtocolHandler((m) => {
    const copy = structuredClone(m);
    setTimeout(() => !worker.terminated && worker.onmessage?.({ data: copy } as MessageEvent), 0);
  });
  return worker;
}

const catalog = generateCatalog(6);
const journey = benchJourney();

describe('startSimulationInWorker', () => {
  it('sends a text log in chunks, reports progress and resolves with the simulator output', async () => {
    const chunks = [...generateNdjson({ seed: 6, contacts: 600, catalog })];
    const worker = inProcessWorker();
    const run = startSimulationInWorker({ journey, catalog, log: { kind: 'text', chunks }, progressEvery: 500 }, worker);
    const progress: number[] = [];
    run.onProgress((p) => progress.push(p.recordsProcessed));
    const output = await run.result;
    expect(output).toEqual(simulate({ journey, catalog, log: ingestText(chunks.join('')) }));
    expect(progress.length).toBeGreaterThan(2);
    expect(worker.received.filter((m) => m.type === 'chunk')).toHaveLength(chunks.length);
    expect(worker.terminated).toBe(true);
  });

  it('rejects with the worker error and where it is', async () => {
    const run = startSimulationInWorker({ journey, catalog: { events: 'none' }, log: { kind: 'records', records: [] } }, inProcessWorker());
    const error = await run.result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SimulationWorkerError);
    expect(error).toMatchObject({ code: 'bad-input', where: { path: 'catalog.events' } });
  });

  it('cancels: tells the worker, stops it and rejects as cancelled', async () => {
    const worker = inProcessWorker();
    const chunks = [...generateNdjson({ seed: 6, contacts: 300, catalog })];
    const run = startSimulationInWorker({ journey, catalog, log: { kind: 'text', chunks } }, worker);
    run.cancel();
    await expect(run.result).rejects.toMatchObject({ code: 'cancelled' });
    expect(worker.received.at(-1)).toEqual({ type: 'cancel' });
    expect(worker.terminated).toBe(true);
  });
});
