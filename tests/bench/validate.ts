import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import type { Catalog } from '../../src/domain/catalog';
import { arbitraryValidJourney } from '../../src/domain/testing/arbitrary-journey';
import { validateJourney } from '../../src/domain/validate';

/**
 * Validating a 1,000-tile journey (schema, graph, all-paths and event rules, with a catalog)
 * against the floor of reading the same document: a bare JSON.parse of its text.
 */

const catalog: Catalog = {
  events: [
    { id: 'evt-launch', name: 'Launch', format: 'teams-webinar', timeZone: 'Europe/Paris', createdAt: '2026-02-01T10:00:00+01:00', start: '2026-03-30T18:00', end: '2026-03-30T19:00' },
    {
      id: 'evt-series',
      name: 'Series',
      format: 'on24',
      timeZone: 'America/Chicago',
      createdAt: '2026-02-01T10:00:00-06:00',
      start: '2026-04-07T10:00',
      end: '2026-04-09T11:00',
      sessions: [
        { id: 's1', start: '2026-04-07T10:00', end: '2026-04-07T11:00' },
        { id: 's2', start: '2026-04-09T10:00', end: '2026-04-09T11:00' },
      ],
    },
    { id: 'evt-zoom', name: 'Zoom', format: 'zoom', timeZone: 'Asia/Kolkata', createdAt: '2026-03-01T12:00:00+05:30', start: '2026-04-15T17:00', end: '2026-04-15T18:30' },
  ],
  triggers: [],
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function timeRuns(fn: () => void, warmup: number, runs: number): { median: number; min: number } {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return { median: median(samples), min: Math.min(...samples) };
}

export async function benchValidate(): Promise<string[]> {
  const tiles = 1000;
  const [journey] = fc.sample(arbitraryValidJourney({ minTiles: tiles, maxTiles: tiles }), { seed: 20260302, numRuns: 1 });
  const text = JSON.stringify(journey);
  const doc = JSON.parse(text);
  const findings = validateJourney(doc, { catalog });
  const errors = findings.filter((f) => f.severity === 'error').length;
  let sink = 0;
  const validate = timeRuns(() => (sink += validateJourney(doc, { catalog }).length), 30, 150);
  const jsonParse = timeRuns(() => (sink += (JSON.parse(text) as { tiles: unknown[] }).tiles.length), 30, 150);
  const validateMs = validate.median;
  const jsonParseMs = jsonParse.median;
  const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
  const result = { tiles, validateMs: round(validateMs, 3), jsonParseMs: round(jsonParseMs, 3), vsJsonParse: round(validateMs / jsonParseMs, 2) };
  return [
    `validate: ${tiles} tiles, ${journey.edges.length} edges, ${text.length} bytes, ${findings.length} findings (${errors} errors) [sink ${sink > 0 ? 'ok' : '-'}]`,
    `validate: median ${result.validateMs} ms per validation (target < 16 ms; fastest ${round(validate.min, 3)} ms), ` +
      `JSON.parse median ${result.jsonParseMs} ms (fastest ${round(jsonParse.min, 3)} ms), ratio ${result.vsJsonParse}x`,
    `bench:validate ${JSON.stringify(result)}`,
  ];
}

/**
 * Calendar arithmetic as the simulator uses it (one day in Europe/Paris from many instants across
 * a year, so DST changes included) against luxon's DateTime.plus, which gives the same answers.
 */
export async function benchTime(): Promise<string[]> {
  const { DateTime } = await import('luxon');
  const { addDuration, parseDuration } = await import('../../src/domain/time');
  const day = parseDuration('P1D')!;
  const n = 200_000;
  const start = Date.parse('2026-01-01T00:00:00Z');
  const step = Math.floor((365 * 86_400_000) / n);
  let sink = 0;
  const ours = timeRuns(() => {
    for (let i = 0; i < n; i++) sink += addDuration(start + i * step, day, 'Europe/Paris');
  }, 2, 7);
  // luxon is far slower: time a twentieth of the calls and scale, to keep the bench short
  const luxonCalls = n / 20;
  const luxonPart = timeRuns(() => {
    for (let i = 0; i < luxonCalls; i++) sink += DateTime.fromMillis(start + i * 20 * step, { zone: 'Europe/Paris' }).plus({ days: 1 }).toMillis();
  }, 1, 5);
  const luxon = { median: luxonPart.median * 20, min: luxonPart.min * 20 };
  for (let i = 0; i < 2000; i++) {
    const at = start + i * step * 100;
    if (addDuration(at, day, 'Europe/Paris') !== DateTime.fromMillis(at, { zone: 'Europe/Paris' }).plus({ days: 1 }).toMillis()) {
      throw new Error(`addDuration and luxon disagree at ${new Date(at).toISOString()}`);
    }
  }
  const perCallNs = (ms: number) => Math.round((ms * 1e6) / n);
  const result = {
    calls: n,
    addDurationMs: Math.round(ours.median * 10) / 10,
    luxonPlusMs: Math.round(luxon.median * 10) / 10,
    vsLuxon: Math.round((ours.median / luxon.median) * 1000) / 1000,
  };
  return [
    `time: addDuration(P1D, Europe/Paris) ${perCallNs(ours.median)} ns per call, luxon DateTime.plus ${perCallNs(luxon.median)} ns [sink ${sink > 0 ? 'ok' : '-'}]`,
    `bench:time ${JSON.stringify(result)}`,
  ];
}
