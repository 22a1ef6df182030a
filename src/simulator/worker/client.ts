import type { Catalog } from '../../domain/catalog';
import type { Journey } from '../../domain/journey-schema';
import type { Contact, SimOptions } from '../inputs';
import type { SimulationErrors, SimulationOutput } from '../output';
import { workerToMainSchema, type ErrorMessage, type MainToWorker, type ProgressMessage, type WorkerToMain } from './protocol';

/**
 * Runs a simulation in a Web Worker for the page: the log goes over as text chunks (a file the
 * user picked, read piece by piece) or as records; progress arrives as events; the result is a
 * promise. Cancelling stops the worker at once.
 */

export type WorkerLog =
  | { kind: 'records'; records: unknown[] }
  /** NDJSON or CSV text, whole or in pieces (e.g. a File's stream decoded). */
  | { kind: 'text'; chunks: Iterable<string> | AsyncIterable<string> };

export interface WorkerRunInput {
  journey: Journey | unknown;
  catalog: Catalog | unknown;
  contacts?: Contact[] | unknown[];
  options?: SimOptions;
  log: WorkerLog;
  progressEvery?: number;
}

/** The worker reported a problem with the input (or itself); `where` says where when it can. */
export class SimulationWorkerError extends Error {
  readonly code: ErrorMessage['code'] | 'cancelled' | 'worker-crashed';
  readonly where?: ErrorMessage['where'];
  constructor(code: SimulationWorkerError['code'], message: string, where?: ErrorMessage['where']) {
    super(message);
    this.name = 'SimulationWorkerError';
    this.code = code;
    this.where = where;
  }
}

export interface SimulationRun {
  /** Registers a progress listener; returns a function that removes it. */
  onProgress(listener: (progress: Omit<ProgressMessage, 'type'>) => void): () => void;
  result: Promise<SimulationOutput | SimulationErrors>;
  cancel(): void;
}

/** What the client needs of a Worker (a real one, or a stand-in in tests). */
export interface WorkerLike {
  postMessage(message: MainToWorker): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export function createSimulationWorker(): WorkerLike {
  return new Worker(new URL('./simulation-worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}

export function startSimulationInWorker(input: WorkerRunInput, worker: WorkerLike = createSimulationWorker()): SimulationRun {
  const listeners = new Set<(progress: Omit<ProgressMessage, 'type'>) => void>();
  let settle: { resolve: (v: SimulationOutput | SimulationErrors) => void; reject: (e: Error) => void } | null = null;
  const result = new Promise<SimulationOutput | SimulationErrors>((resolve, reject) => (settle = { resolve, reject }));
  let finished = false;

  const finish = (outcome: { value: SimulationOutput | SimulationErrors } | { error: SimulationWorkerError }) => {
    if (finished) return;
    finished = true;
    worker.terminate();
    if ('value' in outcome) settle!.resolve(outcome.value);
    else settle!.reject(outcome.error);
  };

  worker.onmessage = (event) => {
    const parsed = workerToMainSchema.safeParse(event.data);
    if (!parsed.success) return finish({ error: new SimulationWorkerError('internal', 'The simulation worker sent a message the page does not understand.') });
    const message: WorkerToMain = parsed.data;
    if (message.type === 'progress') {
      for (const l of listeners) l({ recordsProcessed: message.recordsProcessed, instantReached: message.instantReached });
    } else if (message.type === 'result') {
      finish({ value: JSON.parse(message.json) as SimulationOutput | SimulationErrors });
    } else {
      finish({ error: new SimulationWorkerError(message.code, message.message, message.where) });
    }
  };
  worker.onerror = (event) => finish({ error: new SimulationWorkerError('worker-crashed', `The simulation worker crashed: ${event.message}`) });

  const { log, ...rest } = input;
  const start = {
    type: 'start' as const,
    journey: rest.journey,
    catalog: rest.catalog,
    ...(rest.contacts ? { contacts: rest.contacts } : {}),
    ...(rest.options ? { options: rest.options } : {}),
    ...(rest.progressEvery ? { progressEvery: rest.progressEvery } : {}),
  };
  if (log.kind === 'records') {
    worker.postMessage({ ...start, input: { kind: 'records', records: log.records } });
  } else {
    worker.postMessage({ ...start, input: { kind: 'text' } });
    void (async () => {
      try {
        for await (const text of log.chunks) {
          if (finished) return;
          worker.postMessage({ type: 'chunk', text });
        }
        if (!finished) worker.postMessage({ type: 'end' });
      } catch (e) {
        finish({ error: new SimulationWorkerError('bad-input', `The event log could not be read: ${(e as Error).message}`) });
      }
    })();
  }

  return {
    onProgress(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    result,
    cancel() {
      if (finished) return;
      worker.postMessage({ type: 'cancel' });
      finish({ error: new SimulationWorkerError('cancelled', 'The simulation was cancelled.') });
    },
  };
}
