import type { Catalog } from '../domain/catalog';
import type { Finding } from '../domain/findings';
import type { Journey } from '../domain/journey-schema';
import { parseDuration, type Duration } from '../domain/time';
import { validateJourney } from '../domain/validate';
import { compileJourney, type FactStores } from './compile-journey';
import { Fold, Outcome, type FoldSettings } from './fold';
import type { IngestResult } from './ingest';
import type { Contact, SimOptions } from './inputs';
import { isoOf, parseAt } from './instant';
import type { ContactTrace, SimulationErrors, SimulationIssue, SimulationOutput, TileFigures } from './output';
import { mulberry32 } from './prng';
import { batchOf, RecordBatch, Strings } from './record-batch';
import { dropReasons, type DroppedRecord, type LineRecord } from './record-check';
import { Facts } from './signal';

/**
 * The simulator's entry points: `simulate` for one run over a whole log, and the resumable
 * `createSimulation` (feed records in time order, look at a snapshot, finish) that the worker
 * and the timeline use. Both run the same fold, so feeding a log in pieces gives the same output.
 */

export type SimulationInput = {
  journey: Journey;
  catalog: Catalog;
  contacts?: readonly Contact[];
  log: IngestResult;
  options?: SimOptions;
};

export type TimelineSnapshot = {
  /** The instant reached (UTC ISO), null before anything happened. */
  at: string | null;
  records: number;
  entered: number;
  completed: number;
  exited: number;
  inProgress: number;
  tiles: Record<string, { waiting: number; ports: Record<string, number> }>;
};

export type Simulation = {
  /** The run's string table: batches read with it (see createLogReader) are fed without copying. */
  readonly strings: Strings;
  /** Applies records later than those already applied (sorted by instant here, file order at ties). */
  feed(records: RecordBatch | readonly LineRecord[], dropped?: readonly DroppedRecord[]): void;
  /** Processes everything due up to and including the instant (no record at or before it may be fed later). */
  runUntil(epochMs: number): void;
  snapshot(): TimelineSnapshot;
  /** Runs to the end (or to `until`) and reports. */
  finish(): SimulationOutput;
};

/** Thrown by createSimulation/simulate when the journey has validation errors (it is not run). */
export class JourneyInvalidError extends Error {
  readonly errors: SimulationIssue[];
  constructor(errors: SimulationIssue[]) {
    super(`The journey has ${errors.length} validation error(s): ${errors.map((e) => e.message).join(' ')}`);
    this.name = 'JourneyInvalidError';
    this.errors = errors;
  }
}

function issueOf(f: Finding): SimulationIssue {
  return f.tile === undefined ? { code: f.code, message: f.message } : { code: f.code, message: f.message, tile: f.tile };
}

/** Validation as the simulator reports it: errors (the journey is not run) and warnings. */
export function checkJourney(journey: unknown, catalog: Catalog): { errors: SimulationIssue[]; warnings: SimulationIssue[] } {
  const findings = validateJourney(journey, { catalog });
  return {
    errors: findings.filter((f) => f.severity === 'error').map(issueOf),
    warnings: findings.filter((f) => f.severity === 'warning').map(issueOf),
  };
}

const defaultDelay = parseDuration('PT4H') as Duration;

function settingsOf(options: SimOptions): FoldSettings {
  const until = options.until === undefined ? null : parseAt(options.until);
  return {
    matching: options.matching ?? 'email',
    checkinDelay: (options.checkinDelay && parseDuration(options.checkinDelay)) || defaultDelay,
    platformMode: options.dstMode === 'platform',
    until: until ?? Infinity,
    trace: options.trace === true,
    random: mulberry32(options.seed ?? 1),
  };
}

export function createSimulation(input: Omit<SimulationInput, 'log'> & { strings?: Strings }): Simulation {
  const { errors, warnings } = checkJourney(input.journey, input.catalog);
  if (errors.length > 0) throw new JourneyInvalidError(errors);
  const options = input.options ?? {};
  const settings = settingsOf(options);
  const facts: FactStores = {
    registered: new Facts(),
    checkedIn: new Facts(),
    emailSent: new Facts(),
    emailOpened: new Facts(),
    emailClicked: new Facts(),
  };
  const cj = compileJourney(input.journey, facts, options);
  const strings = input.strings ?? new Strings();
  const fold = new Fold(cj, input.catalog, strings, input.contacts ?? [], facts, settings);
  const until = settings.until;
  let finished: SimulationOutput | null = null;

  const feed = (records: RecordBatch | readonly LineRecord[], dropped: readonly DroppedRecord[] = []) => {
    const given = records instanceof RecordBatch && records.strings === strings ? records : batchOf(linesOf(records), strings);
    fold.recordsRead += given.size + dropped.length;
    for (const d of dropped) fold.drop(d.line, d.reason, d.why);
    // Reordered column by column first: the fold then reads every column in sequence, where
    // following a sort order would jump through all of them at every record.
    const batch = given.inTimeOrder();
    const instants = batch.at;
    for (let r = 0; r < batch.size; r++) {
      const at = instants[r];
      if (at > until) {
        fold.skipAfterUntil(batch, r);
        continue;
      }
      // Checked here so that most records (nothing due before them) skip the call.
      if (fold.heap.peekTime() < at) fold.drain(at, false);
      fold.apply(batch, r);
    }
  };

  const finish = (): SimulationOutput => {
    if (finished === null) {
      fold.drain(until, true);
      finished = buildOutput(fold, warnings);
    }
    return finished;
  };

  return {
    strings,
    feed,
    runUntil: (epochMs) => fold.drain(Math.min(epochMs, until), true),
    snapshot: () => snapshotOf(fold),
    finish,
  };
}

/** Records with their instants filled in (parsed from `at` where a caller left them out). */
function linesOf(records: RecordBatch | readonly LineRecord[]): readonly LineRecord[] {
  if (records instanceof RecordBatch) return records.lineRecords();
  for (const r of records) if (r.at === undefined) r.at = parseAt(r.record.at) ?? NaN;
  return records;
}

export function simulate(input: SimulationInput): SimulationOutput {
  const sim = createSimulation({ ...input, strings: input.log.records.strings });
  sim.feed(input.log.records, input.log.dropped);
  // A log may count records it neither kept nor dropped (it never does today); trust its total.
  return sim.finish();
}

/** `simulate`, or the journey's validation errors when it has any (the command line's contract). */
export function simulateChecked(input: Omit<SimulationInput, 'journey'> & { journey: unknown }): SimulationOutput | SimulationErrors {
  const { errors } = checkJourney(input.journey, input.catalog);
  if (errors.length > 0) return { errors };
  return simulate(input as SimulationInput);
}

function portFigures(fold: Fold, t: number): Record<string, number> {
  const tile = fold.cj.tiles[t];
  const ports: Record<string, number> = {};
  tile.ports.forEach((p, i) => (ports[p] = fold.portCounts[tile.portBase + i]));
  return ports;
}

function snapshotOf(fold: Fold): TimelineSnapshot {
  const tiles: TimelineSnapshot['tiles'] = {};
  fold.cj.tiles.forEach((tile, t) => (tiles[tile.id] = { waiting: fold.tileWaiting[t], ports: portFigures(fold, t) }));
  return {
    at: Number.isFinite(fold.clock) ? isoOf(fold.clock) : null,
    records: fold.recordsRead,
    entered: fold.entered,
    completed: fold.completed,
    exited: fold.exited,
    inProgress: fold.inProgress,
    tiles,
  };
}

const outcomeName = { [Outcome.InProgress]: 'inProgress', [Outcome.Completed]: 'completed', [Outcome.Exited]: 'exited' } as const;

function buildOutput(fold: Fold, warnings: SimulationIssue[]): SimulationOutput {
  const cj = fold.cj;
  const rate = fold.entered === 0 ? 0 : Math.round((fold.goalReached / fold.entered) * 10000) / 10000;
  const tiles: Record<string, TileFigures> = {};
  cj.tiles.forEach((tile, t) => {
    tiles[tile.id] = {
      entered: fold.tileEntered[t],
      ports: portFigures(fold, t),
      exited: fold.tileExited[t],
      waiting: fold.tileWaiting[t],
      suppressed: fold.tileSuppressed[t],
      unresolved: fold.tileUnresolved[t],
    };
  });
  const dropped = {} as SimulationOutput['dropped'];
  for (const reason of dropReasons) dropped[reason] = fold.dropped.counts.get(reason) ?? 0;
  const output: SimulationOutput = {
    summary: {
      records: fold.recordsRead,
      dropped: fold.dropped.total,
      contacts: fold.contacts.size,
      entered: fold.entered,
      completed: fold.completed,
      exited: fold.exited,
      inProgress: fold.inProgress,
      goalReached: fold.goalReached,
      goalRate: rate,
      goalMet: cj.goalTarget === null ? null : rate >= cj.goalTarget,
    },
    tiles,
    dropped,
    droppedRecords: fold.dropped.sorted(),
    warnings,
  };
  if (fold.settings.trace) output.contacts = traces(fold);
  return output;
}

function traces(fold: Fold): ContactTrace[] {
  const store = fold.contacts;
  const ids: string[] = [];
  const entered: number[] = [];
  for (let c = 0; c < store.size; c++) {
    if (fold.outcome[c] !== Outcome.None) {
      entered.push(c);
      ids[c] = store.idOf(c);
    }
  }
  entered.sort((a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : a - b));
  return entered.map((c) => ({
    id: ids[c],
    outcome: outcomeName[fold.outcome[c] as 1 | 2 | 3],
    path: (fold.paths[c] ?? []).map((s) => {
      const step: ContactTrace['path'][number] = { tile: s.tile, at: isoOf(s.at) };
      if (s.port !== undefined) step.port = s.port;
      if (s.why !== undefined) step.why = s.why;
      return step;
    }),
  }));
}
