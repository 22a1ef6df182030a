import type { Catalog, CatalogEvent } from '../../domain/catalog';
import type { Journey } from '../../domain/journey-schema';
import { ingestArray } from '../ingest';
import type { Contact, SimOptions } from '../inputs';
import { isSimulationErrors, type SimulationErrors, type SimulationOutput } from '../output';
import { simulateChecked } from '../simulate';

/** Small builders for the simulator's rule tests: a journey from tiles, a catalog event, one run. */

type TileInput = Record<string, unknown> & { id: string; kind: string };

export function journey(tiles: TileInput[], edges: [string, string, string][], extra: Partial<Journey> = {}): Journey {
  return {
    schemaVersion: 1,
    id: 'test',
    name: 'Test journey',
    timeZone: 'UTC',
    tiles: tiles as Journey['tiles'],
    edges: edges.map(([from, port, to], i) => ({ id: `e${i + 1}`, from, port, to })),
    ...extra,
  };
}

/** entry (trigger) → a chain of tiles, each `next` to the following one. */
export function chain(trigger: string, tiles: TileInput[], extra: Partial<Journey> = {}, where?: unknown): Journey {
  const entry: TileInput = where ? { id: 'entry', kind: 'trigger', trigger, where } : { id: 'entry', kind: 'trigger', trigger };
  const all = [entry, ...tiles];
  const edges: [string, string, string][] = [];
  for (let i = 0; i + 1 < all.length; i++) edges.push([all[i].id, 'next', all[i + 1].id]);
  return journey(all, edges, extra);
}

export const email = (id: string, extra: Record<string, unknown> = {}): TileInput => ({ id, kind: 'email', template: `tpl-${id}`, subject: 'Hello', ...extra });

export function event(id: string, format: CatalogEvent['format'], start: string, end: string, extra: Partial<CatalogEvent> = {}): CatalogEvent {
  return { id, name: id, format, timeZone: 'UTC', createdAt: '2026-01-01T00:00:00Z', start, end, ...extra };
}

export type RunInput = {
  journey: Journey;
  catalog?: Catalog;
  contacts?: Contact[];
  events: unknown[];
  options?: SimOptions;
};

export function runRaw(input: RunInput): SimulationOutput | SimulationErrors {
  return simulateChecked({
    journey: input.journey,
    catalog: input.catalog ?? { events: [] },
    contacts: input.contacts,
    log: ingestArray(input.events),
    options: input.options,
  });
}

/** Runs and fails loudly when the journey does not validate. */
export function run(input: RunInput): SimulationOutput {
  const out = runRaw(input);
  if (isSimulationErrors(out)) throw new Error(`journey has errors: ${JSON.stringify(out.errors)}`);
  return out;
}

/** The path of one contact as `tile:port` strings (`tile` alone when it left no port). */
export function pathOf(out: SimulationOutput, id: string): string[] {
  const c = out.contacts?.find((x) => x.id === id);
  if (!c) throw new Error(`no trace for ${id}`);
  return c.path.map((s) => (s.port ? `${s.tile}:${s.port}` : s.tile));
}

export function traceOf(out: SimulationOutput, id: string) {
  const c = out.contacts?.find((x) => x.id === id);
  if (!c) throw new Error(`no trace for ${id}`);
  return c;
}

/** A record helper: `rec('2026-03-01T09:00:00Z', 'form.submitted', { id: 'a' }, { ...more })`. */
export function rec(at: string, type: string, contact: Record<string, unknown>, more: Record<string, unknown> = {}) {
  return { at, type, contact, ...more };
}
