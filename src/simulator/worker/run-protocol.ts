import type { z } from 'zod';
import { catalogSchema, type Catalog } from '../../domain/catalog';
import type { Journey } from '../../domain/journey-schema';
import { createLogReader, ingestArray, LogFormatError, type IngestResult, type LogReader } from '../ingest';
import { contactSchema, simOptionsSchema, type Contact, type SimOptions } from '../inputs';
import { checkJourney, createSimulation } from '../simulate';
import { jsonPath, mainToWorkerSchema, type ErrorMessage, type StartMessage, type WorkerToMain } from './protocol';

/**
 * The worker's behaviour without the Worker: feed it messages, it answers through `post`. The
 * fold runs in slices of `progressEvery` records; between slices it reports progress and yields
 * to the event loop so that a `cancel` can arrive. Feeding the records in time order, slice by
 * slice, gives exactly the output of one `simulate()` call (the resumable simulation guarantees
 * it), so the page sees what the command line prints.
 */

export interface ProtocolOptions {
  /** Lets other messages in between slices; a macrotask by default. */
  yieldToEvents?: () => Promise<void>;
}

export interface ProtocolHandler {
  handle(message: unknown): void;
  /** Settles when the current run has posted its result or error, or stopped on cancel. */
  idle(): Promise<void>;
}

const DEFAULT_PROGRESS_EVERY = 50_000;

interface Prepared {
  journey: Journey;
  catalog: Catalog;
  contacts: Contact[];
  options: SimOptions;
  progressEvery: number;
}

type State =
  | { kind: 'idle' }
  /** The rest of a text upload that was cancelled or failed: its chunks and end are dropped. */
  | { kind: 'discarding' }
  | { kind: 'receiving'; prepared: Prepared; reader: LogReader }
  | { kind: 'running'; token: { cancelled: boolean } };

class InputError extends Error {
  constructor(
    message: string,
    readonly path?: string,
  ) {
    super(message);
  }
}

function parsed<T>(schema: z.ZodType<T>, value: unknown, root: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = jsonPath(root, issue.path);
  throw new InputError(`${path}: ${issue.message}`, path);
}

export function createProtocolHandler(post: (message: WorkerToMain) => void, opts: ProtocolOptions = {}): ProtocolHandler {
  const yieldToEvents = opts.yieldToEvents ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  let state: State = { kind: 'idle' };
  let running: Promise<void> = Promise.resolve();

  const fail = (code: ErrorMessage['code'], message: string, where?: ErrorMessage['where']) => {
    state = { kind: state.kind === 'receiving' ? 'discarding' : 'idle' };
    post(where ? { type: 'error', code, message, where } : { type: 'error', code, message });
  };

  const prepare = (start: StartMessage): Prepared | null => {
    const catalog = parsed(catalogSchema, start.catalog, 'catalog');
    const contacts = parsed(contactSchema.array(), start.contacts ?? [], 'contacts');
    const options = parsed(simOptionsSchema, start.options ?? {}, 'options');
    const { errors } = checkJourney(start.journey, catalog);
    if (errors.length > 0) {
      // Not a failure of the run: the validator's findings are the result the page shows.
      post({ type: 'result', json: JSON.stringify({ errors }) });
      return null;
    }
    return { journey: start.journey as Journey, catalog, contacts, options, progressEvery: start.progressEvery ?? DEFAULT_PROGRESS_EVERY };
  };

  const run = async (prepared: Prepared, log: IngestResult, token: { cancelled: boolean }) => {
    const records = log.records.inTimeOrder();
    const { journey, catalog, contacts, options } = prepared;
    const sim = createSimulation({ journey, catalog, contacts, options, strings: records.strings });
    const step = prepared.progressEvery;
    let done = 0;
    sim.feed([], log.dropped);
    while (done < records.size) {
      const next = Math.min(records.size, done + step);
      sim.feed(records.slice(done, next));
      done = next;
      post({ type: 'progress', recordsProcessed: done, instantReached: sim.snapshot().at });
      await yieldToEvents();
      if (token.cancelled) return;
    }
    const output = sim.finish();
    if (token.cancelled) return;
    post({ type: 'result', json: JSON.stringify(output) });
  };

  const launch = (prepared: Prepared, log: IngestResult) => {
    const token = { cancelled: false };
    state = { kind: 'running', token };
    running = run(prepared, log, token)
      .catch((e: unknown) => {
        if (!token.cancelled) fail('internal', `The simulation stopped unexpectedly: ${(e as Error).message}`);
      })
      .finally(() => {
        if (state.kind === 'running' && state.token === token) state = { kind: 'idle' };
      });
  };

  const handle = (raw: unknown) => {
    const message = mainToWorkerSchema.safeParse(raw);
    if (!message.success) {
      const issue = message.error.issues[0];
      fail('bad-message', `The simulation worker got a message it does not understand (${jsonPath('message', issue.path)}: ${issue.message}).`, { path: jsonPath('message', issue.path) });
      return;
    }
    const m = message.data;
    try {
      switch (m.type) {
        case 'cancel':
          if (state.kind === 'running') state.token.cancelled = true;
          state = { kind: state.kind === 'receiving' ? 'discarding' : 'idle' };
          return;
        case 'start': {
          if (state.kind === 'receiving' || state.kind === 'running') return fail('bad-message', 'A simulation is already under way: cancel it before starting another.');
          const prepared = prepare(m);
          if (prepared === null) return;
          if (m.input.kind === 'records') launch(prepared, ingestArray(m.input.records));
          else state = { kind: 'receiving', prepared, reader: createLogReader() };
          return;
        }
        case 'chunk':
          if (state.kind === 'discarding') return;
          if (state.kind !== 'receiving') return fail('bad-message', 'Log text arrived before a start message announcing it.');
          state.reader.push(m.text);
          return;
        case 'end': {
          if (state.kind === 'discarding') return;
          if (state.kind !== 'receiving') return fail('bad-message', 'The end of a log arrived before a start message announcing it.');
          const { prepared, reader } = state;
          launch(prepared, reader.end());
          return;
        }
      }
    } catch (e) {
      if (e instanceof InputError) fail('bad-input', e.message, { path: e.path });
      else if (e instanceof LogFormatError) fail('log-format', e.message);
      else fail('internal', `The simulation stopped unexpectedly: ${(e as Error).message}`);
    }
  };

  return { handle, idle: () => running };
}
