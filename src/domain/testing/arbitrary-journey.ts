import fc from 'fast-check';
import type { Condition, Edge, Journey, Tile } from '../journey-schema';
import { portsOf } from '../graph';

/**
 * fast-check generators of journey documents, shared by the domain, simulator and editor tests.
 *
 * `arbitraryValidJourney()`: acyclic, connected journeys with every tile kind and wait mode, valid
 * durations and local times, unique ids, a business (never interaction) entry and a template on
 * every email: they validate without errors (warnings such as branch-ends may remain).
 * `arbitraryJourney()`: any document that matches the schema, valid or not (random edges, cycles,
 * unknown triggers...), for round trips and never-throws properties.
 */

export const zones = ['Europe/Paris', 'America/Chicago', 'UTC', 'Asia/Kolkata', 'America/Sao_Paulo', 'Australia/Lord_Howe'] as const;
export const entryTriggers = [
  'registration.created',
  'registration.cancelled',
  'checkin.created',
  'form.submitted',
  'contact.created',
  'lead.created',
] as const;
const eventIds = ['evt-launch', 'evt-series', 'evt-zoom', 'trigger'] as const;

export type JourneyShape = { minTiles?: number; maxTiles?: number };

const arbDuration = (): fc.Arbitrary<string> =>
  fc
    .record({
      weeks: fc.integer({ min: 0, max: 2 }),
      days: fc.integer({ min: 0, max: 10 }),
      hours: fc.integer({ min: 0, max: 48 }),
      minutes: fc.integer({ min: 0, max: 59 }),
      months: fc.integer({ min: 0, max: 1 }),
    })
    .map(({ weeks, days, hours, minutes, months }) => {
      const date = `${months ? `${months}M` : ''}${weeks ? `${weeks}W` : ''}${days ? `${days}D` : ''}`;
      const time = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}`;
      if (date === '' && time === '') return 'PT1H';
      return `P${date}${time ? `T${time}` : ''}`;
    });

const arbOffset = (): fc.Arbitrary<string | undefined> =>
  fc.option(fc.tuple(fc.boolean(), arbDuration()).map(([neg, d]) => (neg ? `-${d}` : d)), { nil: undefined });

const pad = (n: number) => String(n).padStart(2, '0');
const arbLocal = (): fc.Arbitrary<string> =>
  fc
    .record({ day: fc.integer({ min: 0, max: 730 }), hour: fc.integer({ min: 0, max: 23 }), minute: fc.constantFrom(0, 15, 30, 45) })
    .map(({ day, hour, minute }) => {
      const d = new Date(Date.UTC(2026, 0, 1) + day * 86_400_000);
      return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(hour)}:${pad(minute)}`;
    });

const arbEventRelative = () =>
  fc.record({ event: fc.constantFrom(...eventIds), anchor: fc.constantFrom('start' as const, 'end' as const), offset: arbOffset() }).map((t) => {
    const { offset, ...rest } = t;
    return offset === undefined ? rest : { ...rest, offset };
  });

/** Conditions without email-interaction facts (those need the email on every path). */
export function arbitraryCondition(depth = 2): fc.Arbitrary<Condition> {
  const attr = fc.constantFrom('contact.country', 'contact.email', 'trigger.eventId', 'trigger.statusCode', 'contact.score');
  const scalar = fc.oneof(fc.constantFrom('FR', 'evt-launch', 'resolved', '2026-03-01T09:00:00Z'), fc.integer({ min: -5, max: 100 }), fc.boolean());
  const leaf: fc.Arbitrary<Condition> = fc.oneof(
    fc.record({ attr, op: fc.constantFrom('eq' as const, 'neq' as const), value: scalar }),
    fc.record({ attr, op: fc.constantFrom('in' as const, 'notIn' as const), value: fc.array(scalar, { maxLength: 3 }) }),
    fc.record({ attr, op: fc.constantFrom('contains' as const, 'startsWith' as const), value: fc.constantFrom('FR', '@', 'evt-') }),
    fc.record({ attr, op: fc.constantFrom('exists' as const, 'notExists' as const) }),
    fc.record({ attr, op: fc.constantFrom('gt' as const, 'gte' as const, 'lt' as const, 'lte' as const), value: fc.oneof(fc.integer(), fc.constant('2026-03-01T09:00:00+01:00')) }),
    fc.record({ fact: fc.constantFrom('registered' as const, 'checkedIn' as const), event: fc.constantFrom(...eventIds) }),
  );
  if (depth <= 0) return leaf;
  const sub = arbitraryCondition(depth - 1);
  return fc.oneof(
    { weight: 4, arbitrary: leaf },
    { weight: 1, arbitrary: fc.array(sub, { maxLength: 3 }).map((all) => ({ all })) },
    { weight: 1, arbitrary: fc.array(sub, { maxLength: 3 }).map((any) => ({ any })) },
    { weight: 1, arbitrary: sub.map((not) => ({ not })) },
  );
}

type TileBody = Omit<Tile, 'id' | 'label' | 'position'>;

const arbTileBody = (): fc.Arbitrary<TileBody> =>
  fc.oneof(
    fc.record({ kind: fc.constant('email' as const), template: fc.constantFrom('tpl-a', 'tpl-b'), subject: fc.constantFrom('Hello {{contact.firstName}}', 'Reminder'), event: fc.option(fc.constantFrom(...eventIds), { nil: undefined }) }),
    fc.record({ kind: fc.constant('wait' as const), mode: fc.constant('duration' as const), duration: arbDuration() }),
    fc.record({ kind: fc.constant('wait' as const), mode: fc.constant('until' as const), until: fc.oneof(arbLocal().map((at) => ({ at })), arbEventRelative()) }),
    fc.record({
      kind: fc.constant('wait' as const),
      mode: fc.constant('trigger' as const),
      trigger: fc.constantFrom('checkin.created', 'form.submitted', 'registration.cancelled'),
      where: fc.option(arbitraryCondition(1), { nil: undefined }),
      timeout: fc.oneof(arbDuration(), arbEventRelative()),
    }),
    fc.record({
      kind: fc.constant('condition' as const),
      branches: fc.uniqueArray(fc.record({ id: fc.constantFrom('b1', 'b2', 'b3', 'yes', 'no'), when: arbitraryCondition(2) }), { minLength: 1, maxLength: 3, selector: (b) => b.id }),
    }),
    fc.record({ kind: fc.constant('exit' as const) }),
    fc.record({ kind: fc.constant('trigger' as const), trigger: fc.constantFrom(...entryTriggers) }),
  ) as fc.Arbitrary<TileBody>;

/** Drops keys whose value is undefined, as JSON would. */
function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const arbMeta = () =>
  fc.record({
    label: fc.option(fc.constantFrom('Confirmation', 'Reminder delay', 'Checked in?', ''), { nil: undefined }),
    position: fc.option(fc.record({ x: fc.integer({ min: -2000, max: 2000 }), y: fc.integer({ min: -2000, max: 2000 }) }), { nil: undefined }),
  });

const arbSettings = () =>
  fc.record({
    id: fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/),
    name: fc.constantFrom('Launch webinar follow-up', 'Welcome', 'Day-before reminder'),
    description: fc.option(fc.constantFrom('', 'A journey'), { nil: undefined }),
    timeZone: fc.constantFrom(...zones),
    entry: fc.record({ trigger: fc.constantFrom(...entryTriggers), where: fc.option(arbitraryCondition(1), { nil: undefined }) }),
    reentry: fc.option(fc.oneof(fc.constant({ mode: 'never' as const }), arbDuration().map((cooldown) => ({ mode: 'afterExit' as const, cooldown }))), { nil: undefined }),
    exitWhen: fc.option(fc.array(fc.record({ trigger: fc.constantFrom('registration.cancelled', 'form.submitted') }), { maxLength: 2 }), { nil: undefined }),
    goalKind: fc.constantFrom('none', 'tile', 'trigger'),
    target: fc.integer({ min: 0, max: 100 }).map((t) => t / 100),
  });

/** Acyclic connected journeys that validate without errors. */
export function arbitraryValidJourney(shape: JourneyShape = {}): fc.Arbitrary<Journey> {
  const minTiles = Math.max(1, shape.minTiles ?? 1);
  const maxTiles = Math.max(minTiles, shape.maxTiles ?? 12);
  return fc.integer({ min: minTiles, max: maxTiles }).chain((n) =>
    fc
      .record({
        settings: arbSettings(),
        bodies: fc.array(arbTileBody(), { minLength: n - 1, maxLength: n - 1 }),
        metas: fc.array(arbMeta(), { minLength: n, maxLength: n }),
        picks: fc.array(fc.nat(), { minLength: n * 2, maxLength: n * 2 }),
        ids: fc.uniqueArray(fc.stringMatching(/^[A-Za-z0-9_-]{1,10}$/), { minLength: n, maxLength: n }),
      })
      .map(({ settings, bodies, metas, picks, ids }) => buildValid(n, settings, bodies, metas, picks, ids)),
  );
}

type Settings = ReturnType<typeof arbSettings> extends fc.Arbitrary<infer S> ? S : never;

function buildValid(
  n: number,
  settings: Settings,
  bodies: TileBody[],
  metas: { label?: string; position?: { x: number; y: number } }[],
  picks: number[],
  ids: string[],
): Journey {
  const tiles: Tile[] = [clean({ id: ids[0], kind: 'trigger', trigger: settings.entry.trigger, where: settings.entry.where, ...clean(metas[0]) }) as Tile];
  const free: { tile: number; port: string }[] = portsOf(tiles[0]).map((port) => ({ tile: 0, port }));
  const edges: Edge[] = [];
  for (let i = 1; i < n; i++) {
    let body = bodies[i - 1];
    // an exit closes a path: keep at least one open port until the last tile is placed
    if (body.kind === 'exit' && free.length < 2 && i < n - 1) body = { kind: 'email', template: 'tpl-a', subject: 'Hello' } as TileBody;
    const tile = clean({ id: ids[i], ...clean(metas[i]), ...clean(body as object) }) as Tile;
    const slot = free.splice(picks[i] % free.length, 1)[0];
    edges.push({ id: `e${edges.length + 1}`, from: tiles[slot.tile].id, port: slot.port, to: tile.id });
    tiles.push(tile);
    for (const port of portsOf(tile)) free.push({ tile: i, port });
  }
  // a few merges: a remaining port joins a later tile (still acyclic)
  for (let k = 0; k < free.length; k++) {
    const pick = picks[n + (k % n)];
    if (pick % 3 !== 0) continue;
    const slot = free[k];
    const target = slot.tile + 1 + (pick % Math.max(1, n - slot.tile - 1));
    if (target >= n || target === 0) continue;
    edges.push({ id: `e${edges.length + 1}`, from: tiles[slot.tile].id, port: slot.port, to: tiles[target].id });
  }
  const journey: Journey = clean({
    schemaVersion: 1 as const,
    id: settings.id,
    name: settings.name,
    description: settings.description,
    timeZone: settings.timeZone,
    reentry: settings.reentry,
    exitWhen: settings.exitWhen,
    goal:
      settings.goalKind === 'tile'
        ? { tile: tiles[picks[0] % n].id, target: settings.target }
        : settings.goalKind === 'trigger'
          ? { trigger: 'checkin.created', target: settings.target }
          : undefined,
    tiles,
    edges,
  });
  return journey;
}

/** Any document the schema accepts: random edges (dangling, cycles), any trigger, maybe no template. */
export function arbitraryJourney(shape: JourneyShape = {}): fc.Arbitrary<Journey> {
  const maxTiles = shape.maxTiles ?? 10;
  return fc.tuple(arbitraryValidJourney({ minTiles: shape.minTiles, maxTiles }), fc.array(fc.record({ from: fc.nat(), port: fc.nat(), to: fc.nat(), keep: fc.boolean() }), { maxLength: 6 }), fc.option(fc.constantFrom('email.opened', 'custom.unknown', 'checkin.created'), { nil: undefined })).map(
    ([journey, extra, entryTrigger]) => {
      const tiles = journey.tiles.map((t) => ({ ...t }));
      if (entryTrigger && tiles[0].kind === 'trigger') (tiles[0] as Extract<Tile, { kind: 'trigger' }>).trigger = entryTrigger;
      const edges = journey.edges.filter((_, i) => extra[i] === undefined || extra[i].keep);
      extra.forEach((x, k) => {
        const from = tiles[x.from % tiles.length];
        const ports = [...portsOf(from), 'bogus'];
        edges.push({ id: `x${k}`, from: from.id, port: ports[x.port % ports.length], to: x.to % 7 === 0 ? 'ghost' : tiles[x.to % tiles.length].id });
      });
      return { ...journey, tiles, edges };
    },
  );
}
