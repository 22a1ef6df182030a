import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { z } from 'zod';
import { catalogSchema } from '../domain/catalog';
import { createLogReader, ingestArray, LogFormatError, type IngestResult, type LogFormat } from './ingest';
import { contactSchema, scenarioSchema, simOptionsSchema, type SimOptions } from './inputs';
import type { SimulationErrors, SimulationOutput } from './output';
import { jsonErrorOffset } from './json-error-offset';
import { checkJourney, createSimulation, simulate, type SimulationInput } from './simulate';

/**
 * A scenario file (simulation.md, "Scenario file") run end to end: the command line and the
 * acceptance tests use this. Parts may be replaced by other files (`--journey`, `--events`...).
 * Bad input is a `ScenarioInputError` naming the file and the JSON path or line.
 */

export type ScenarioPart = 'scenario' | 'journey' | 'catalog' | 'contacts' | 'options' | 'events';

export type ScenarioOverrides = {
  journey?: unknown;
  catalog?: unknown;
  contacts?: unknown;
  options?: unknown;
  /** Path of an NDJSON or CSV log (relative to the working directory) replacing the scenario's events. */
  events?: string;
  /** Adds per-contact paths, like `options.trace`. */
  trace?: boolean;
  /** Which file each part came from, for error messages. */
  sources?: Partial<Record<ScenarioPart, string>>;
};

export type RunHooks = {
  /** Records read from a log file so far (every 100,000). */
  onProgress?: (recordsRead: number) => void;
  /** Records applied so far and the instant reached (every 100,000, for logs at least that long). */
  onSimulated?: (recordsApplied: number, instant: string | null) => void;
};

const PROGRESS_EVERY = 100_000;

export class ScenarioInputError extends Error {
  constructor(
    message: string,
    readonly file?: string,
  ) {
    super(message);
    this.name = 'ScenarioInputError';
  }
}

function pathText(path: PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? String(p) : `.${String(p)}`;
  return out;
}

function zodMessage(error: z.ZodError, prefix: string): string {
  const first = error.issues[0];
  const where = pathText([...(prefix ? [prefix] : []), ...(first?.path ?? [])]);
  return `${where || '(top level)'}: ${first?.message ?? 'invalid'}`;
}

function parsePart<T>(schema: z.ZodType<T>, value: unknown, part: ScenarioPart, sources: ScenarioOverrides['sources'], inScenario: boolean): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const file = sources?.[part] ?? sources?.scenario;
  const message = zodMessage(parsed.error, inScenario ? part : '');
  throw new ScenarioInputError(`${file ?? part}: ${message}`, file);
}

const CHUNK = 1 << 20;

/** The format a log file's name announces, if any. */
export function logFormatOf(file: string): LogFormat | undefined {
  const ext = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
  if (ext === 'csv') return 'csv';
  if (ext === 'ndjson' || ext === 'jsonl') return 'ndjson';
  return undefined;
}

/** Reads a log file in 1 MiB chunks through the streaming reader, reporting progress. */
export function readLogFile(file: string, hooks: RunHooks = {}): IngestResult {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw new ScenarioInputError(`${file}: cannot read the event log (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, file);
  }
  const reader = createLogReader(logFormatOf(file));
  const decoder = new TextDecoder('utf-8');
  const buffer = new Uint8Array(CHUNK);
  let reported = 0;
  try {
    for (;;) {
      const n = readSync(fd, buffer, 0, CHUNK, null);
      if (n === 0) break;
      reader.push(decoder.decode(buffer.subarray(0, n), { stream: true }));
      if (hooks.onProgress && reader.total - reported >= PROGRESS_EVERY) {
        reported = reader.total - (reader.total % 100_000);
        hooks.onProgress(reader.total);
      }
    }
    reader.push(decoder.decode());
    return reader.end();
  } catch (e) {
    if (e instanceof LogFormatError) throw new ScenarioInputError(`${file}: ${e.message}`, file);
    throw e;
  } finally {
    closeSync(fd);
  }
}

/** Runs a scenario (already parsed from JSON, or null when every part comes from overrides). */
export function runScenario(
  scenario: unknown,
  baseDir: string,
  overrides: ScenarioOverrides = {},
  hooks: RunHooks = {},
): SimulationOutput | SimulationErrors {
  const sources = overrides.sources;
  const isObject = scenario !== null && typeof scenario === 'object' && !Array.isArray(scenario);
  if (scenario !== null && scenario !== undefined && !isObject) {
    throw new ScenarioInputError(`${sources?.scenario ?? 'scenario'}: a scenario must be a JSON object`, sources?.scenario);
  }
  const base: Record<string, unknown> = isObject ? { ...(scenario as Record<string, unknown>) } : {};
  for (const part of ['journey', 'catalog', 'contacts', 'options'] as const) {
    if (overrides[part] !== undefined) base[part] = overrides[part];
    if (base[part] === null) delete base[part]; // null counts as absent
  }
  if (overrides.events !== undefined) base.events = overrides.events;
  if (base.journey === undefined) throw new ScenarioInputError('no journey: give a scenario with a "journey" or --journey <file>');
  if (base.catalog === undefined) throw new ScenarioInputError('no catalog: give a scenario with a "catalog" or --catalog <file>');
  if (base.events === undefined) throw new ScenarioInputError('no events: give a scenario with "events" or --events <file>');

  const catalog = parsePart(catalogSchema, base.catalog, 'catalog', sources, overrides.catalog === undefined);
  const contacts = base.contacts === undefined ? undefined : parsePart(contactSchema.array(), base.contacts, 'contacts', sources, overrides.contacts === undefined);
  const options: SimOptions = base.options === undefined ? {} : parsePart(simOptionsSchema, base.options, 'options', sources, overrides.options === undefined);
  if (overrides.trace) options.trace = true;
  parsePart(scenarioSchema.pick({ events: true }), { events: base.events }, 'scenario', sources, false);

  let log: IngestResult;
  if (Array.isArray(base.events)) log = ingestArray(base.events);
  else {
    const rel = base.events as string;
    const file = overrides.events !== undefined ? resolve(rel) : isAbsolute(rel) ? rel : resolve(baseDir, rel);
    log = readLogFile(file, hooks);
  }
  const { errors } = checkJourney(base.journey, catalog);
  if (errors.length > 0) return { errors };
  return simulateReporting({ journey: base.journey as SimulationInput['journey'], catalog, contacts, log, options }, hooks);
}

/** `simulate`, fed in slices of PROGRESS_EVERY records when someone follows the progress (same output). */
function simulateReporting(input: SimulationInput, hooks: RunHooks): SimulationOutput {
  const { onSimulated } = hooks;
  if (onSimulated === undefined || input.log.records.size < PROGRESS_EVERY) return simulate(input);
  const records = input.log.records.inTimeOrder();
  const sim = createSimulation({ ...input, strings: records.strings });
  sim.feed([], input.log.dropped);
  for (let done = 0; done < records.size; ) {
    const next = Math.min(records.size, done + PROGRESS_EVERY);
    sim.feed(records.slice(done, next));
    done = next;
    onSimulated(done, sim.snapshot().at);
  }
  return sim.finish();
}

/** Reads and parses a JSON file, or throws a ScenarioInputError naming the file and the line. */
export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ScenarioInputError(`${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, file);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const pos = /position (\d+)/.exec(message);
    const offset = pos ? Number(pos[1]) : jsonErrorOffset(text);
    if (offset >= 0) {
      const before = text.slice(0, offset);
      const line = before.split('\n').length;
      const column = before.length - before.lastIndexOf('\n');
      throw new ScenarioInputError(`${file}:${line}:${column}: not valid JSON (${message})`, file);
    }
    throw new ScenarioInputError(`${file}: not valid JSON (${message})`, file);
  }
}
