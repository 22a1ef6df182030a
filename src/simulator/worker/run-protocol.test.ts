import { describe, expect, it } from 'vitest';
import { ingestArray, ingestText } from '../ingest';
import { simulate } from '../simulate';
import { benchJourney } from '../synthetic/bench-journey';
import { generateActivity, generateNdjson } from '../synthetic/generate-activity';
import { generateCatalog } from '../synthetic/generate-catalog';
import type { WorkerToMain } from './protocol';
import { createProtocolHandler } from './run-protocol';

const catalog = generateCatalog(4);
const journey = benchJourney();

function harness() {
  const posted: WorkerToMain[] = [];
  const handler = createProtocolHandler((m) => posted.push(m));
  return { posted, handler, kinds: () => posted.map((m) => m.type) };
}

/** Cuts text at arbitrary places (mid-line, mid-character sequence) like a file read in blocks. */
function cut(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

describe('simulation worker protocol', () => {
  it('streams text chunks, reports progress, and returns exactly what simulate() returns', async () => {
    const text = [...generateNdjson({ seed: 8, contacts: 1500, catalog })].join('');
    const { posted, handler } = harness();
    handler.handle({ type: 'start', journey, catalog, options: { seed: 3 }, input: { kind: 'text' }, progressEvery: 1000 });
    for (const piece of cut(text, 7777)) handler.handle({ type: 'chunk', text: piece });
    handler.handle({ type: 'end' });
    await handler.idle();

    const expected = JSON.stringify(simulate({ journey, catalog, log: ingestText(text), options: { seed: 3 } }));
    const result = posted.at(-1)!;
    expect(result.type).toBe('result');
    expect(result.type === 'result' && result.json).toBe(expected);

    const progress = posted.filter((m) => m.type === 'progress');
    expect(progress.length).toBeGreaterThan(5);
    const counts = progress.map((m) => m.recordsProcessed);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(counts.at(-1)).toBe(text.split('\n').filter((l) => l !== '').length);
    const instants = progress.map((m) => m.instantReached!);
    expect(instants.every((at) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(at))).toBe(true);
    expect(instants).toEqual([...instants].sort());
  });

  it('gives the same result for records sent inline, slices cutting through records at one instant', async () => {
    const at = '2026-03-01T09:00:00Z';
    const records: unknown[] = [
      ...generateActivity({ seed: 2, contacts: 200, catalog }),
      // Several records at one instant, out of file order with the rest, and a bad one.
      { at, type: 'registration.created', eventId: 'evt-launch', contact: { email: 'tie@example.com' } },
      { at, type: 'registration.cancelled', eventId: 'evt-launch', contact: { email: 'tie@example.com' } },
      { at, type: 'registration.created', eventId: 'evt-launch', contact: { email: 'tie@example.com' } },
      { at: 'yesterday', type: 'registration.created', contact: {} },
    ];
    const options = { trace: true, until: '2026-03-30T00:00:00Z' };
    const { posted, handler } = harness();
    handler.handle({ type: 'start', journey, catalog, options, input: { kind: 'records', records }, progressEvery: 1 });
    await handler.idle();
    const expected = JSON.stringify(simulate({ journey, catalog, log: ingestArray(records), options }));
    const result = posted.at(-1)!;
    expect(result.type === 'result' && result.json).toBe(expected);
    expect(JSON.parse(expected).contacts.length).toBeGreaterThan(0);
  });

  it('stops on cancel: no result after it, and a new run can start', async () => {
    const records = generateActivity({ seed: 5, contacts: 400, catalog });
    const { posted, handler } = harness();
    handler.handle({ type: 'start', journey, catalog, input: { kind: 'records', records }, progressEvery: 100 });
    handler.handle({ type: 'cancel' });
    await handler.idle();
    expect(posted.filter((m) => m.type !== 'progress')).toEqual([]);
    expect(posted.length).toBeLessThanOrEqual(1);

    handler.handle({ type: 'start', journey, catalog, input: { kind: 'records', records: records.slice(0, 50) } });
    await handler.idle();
    expect(posted.at(-1)!.type).toBe('result');
  });

  it('drops the rest of a cancelled text upload without complaint, but not a stray chunk', () => {
    const { posted, handler } = harness();
    handler.handle({ type: 'start', journey, catalog, input: { kind: 'text' } });
    handler.handle({ type: 'chunk', text: '{"at":"2026-03-01T09:00:00Z",' });
    handler.handle({ type: 'cancel' });
    handler.handle({ type: 'chunk', text: '"type":"custom"}\n' });
    handler.handle({ type: 'end' });
    expect(posted).toEqual([]);
    const stray = harness();
    stray.handler.handle({ type: 'chunk', text: '{}\n' });
    expect(stray.posted).toEqual([
      expect.objectContaining({ type: 'error', code: 'bad-message', message: expect.stringContaining('before a start') }),
    ]);
  });

  it('reports a bad catalog with the JSON path of the problem', () => {
    const { posted, handler } = harness();
    const bad = { events: [{ ...catalog.events[0], timeZone: 42 }] };
    handler.handle({ type: 'start', journey, catalog: bad, input: { kind: 'records', records: [] } });
    expect(posted).toEqual([
      { type: 'error', code: 'bad-input', message: expect.stringMatching(/^catalog\.events\[0\]\.timeZone: /), where: { path: 'catalog.events[0].timeZone' } },
    ]);
  });

  it('reports bad options and contacts with their paths', () => {
    const { posted, handler } = harness();
    handler.handle({ type: 'start', journey, catalog, options: { matching: 'phone' }, input: { kind: 'records', records: [] } });
    handler.handle({ type: 'start', journey, catalog, contacts: [{ email: 'x@example.com' }], input: { kind: 'records', records: [] } });
    expect(posted.map((m) => m.type === 'error' && m.where?.path)).toEqual(['options.matching', 'contacts[0].id']);
  });

  it('reports a log that is neither NDJSON nor CSV as a log-format error', async () => {
    const { posted, handler } = harness();
    handler.handle({ type: 'start', journey, catalog, input: { kind: 'text' } });
    handler.handle({ type: 'chunk', text: '<html><body>not a log</body></html>\n' });
    handler.handle({ type: 'chunk', text: '<p>more</p>\n' });
    handler.handle({ type: 'end' });
    await handler.idle();
    expect(posted).toEqual([expect.objectContaining({ type: 'error', code: 'log-format', message: expect.stringContaining('neither NDJSON') })]);
  });

  it('answers a journey with validation errors with its errors as the result, not an error', () => {
    const { posted, handler } = harness();
    const broken = { ...journey, edges: [...journey.edges, { id: 'loop', from: 'survey', port: 'next', to: 'entry' }] };
    handler.handle({ type: 'start', journey: broken, catalog, input: { kind: 'records', records: [] } });
    expect(posted).toHaveLength(1);
    const result = posted[0];
    expect(result.type).toBe('result');
    const body = JSON.parse(result.type === 'result' ? result.json : '{}');
    expect(body.errors.length).toBeGreaterThan(0);
  });

  it('rejects messages it does not understand, and a second start while one runs', async () => {
    const { posted, handler } = harness();
    handler.handle({ type: 'launch' });
    handler.handle({ type: 'start', journey, catalog, input: { kind: 'records', records: [] }, progressEvery: 0 });
    handler.handle({ type: 'start', journey, catalog, input: { kind: 'text' } });
    handler.handle({ type: 'start', journey, catalog, input: { kind: 'text' } });
    expect(posted.map((m) => m.type === 'error' && m.code)).toEqual(['bad-message', 'bad-message', 'bad-message']);
    expect(posted[1].type === 'error' && posted[1].where?.path).toBe('message.progressEvery');
  });
});
