import type { Contact, MatchingStrategy, RecordContact } from './inputs';

/**
 * The contacts known to a run and how a record is tied to one (simulation.md, rule 1). Contacts
 * are integer indexes (given contacts in file order, then created ones in creation order), so
 * "the first known one wins" is "the smallest index wins". Attribute objects are shared with
 * the record that created the contact and copied only when `contact.updated` changes them.
 */

export type Attributes = Record<string, unknown>;
type KeyIndex = Map<string, number | number[]>;

const SEP = '\u0000';

function nameKeyOf(a: Attributes): string | null {
  const f = a.firstName;
  const l = a.lastName;
  if (typeof f !== 'string' || typeof l !== 'string') return null;
  const first = f.trim().toLowerCase();
  const last = l.trim().toLowerCase();
  if (first === '' || last === '') return null;
  return first + SEP + last;
}

function emailKeyOf(a: Attributes): string | null {
  const e = a.email;
  return typeof e === 'string' && e !== '' ? e.toLowerCase() : null;
}

export function keyOf(strategy: MatchingStrategy, a: Attributes): string | null {
  if (strategy === 'email') return emailKeyOf(a);
  if (strategy === 'name') return nameKeyOf(a);
  const e = emailKeyOf(a);
  if (e === null) return null;
  const n = nameKeyOf(a);
  return n === null ? null : e + SEP + n;
}

const needs: Record<MatchingStrategy, string> = {
  email: 'an email',
  name: 'both a first and a last name',
  emailAndName: 'an email and both a first and a last name',
};

function indexAdd(index: KeyIndex, key: string, c: number): void {
  const cur = index.get(key);
  if (cur === undefined) index.set(key, c);
  else if (typeof cur === 'number') {
    if (cur !== c) index.set(key, cur < c ? [cur, c] : [c, cur]);
  } else if (!cur.includes(c)) {
    let i = cur.length;
    while (i > 0 && cur[i - 1] > c) i--;
    cur.splice(i, 0, c);
  }
}

function indexRemove(index: KeyIndex, key: string, c: number): void {
  const cur = index.get(key);
  if (cur === undefined) return;
  if (typeof cur === 'number') {
    if (cur === c) index.delete(key);
    return;
  }
  const i = cur.indexOf(c);
  if (i >= 0) cur.splice(i, 1);
  if (cur.length === 1) index.set(key, cur[0]);
}

export class ContactStore {
  /** A contact's id, or for a contact created without one the n of its `new-n` (no string kept per contact). */
  private readonly idOrN: (string | number)[] = [];
  readonly attrs: Attributes[] = [];
  /** Ids given by the contacts file or by records; generated `new-n` ids are found through `byN`. */
  private readonly byId = new Map<string, number>();
  private byN = new Int32Array(64).fill(-1);
  // Parallel arrays rather than a Map: `add` walks them for every contact created.
  private readonly strategies: MatchingStrategy[] = [];
  private readonly keyIndexes: KeyIndex[] = [];
  /**
   * Whether each index is kept up to date. Only the first strategy's is from the start; another
   * (`name` for Zoom records) is built on its first lookup, so a run holds no key per contact for
   * a strategy it never (or not yet) matches with. An index holds, per key, the contacts whose
   * current attributes have that key in ascending order, so building it late gives the same index.
   */
  private readonly built: boolean[] = [];
  private nameIndex = -1;
  private emailAndNameIndex = -1;
  // The index of email matching as a field, so the common `resolve` finds it without a lookup.
  private readonly byEmail: KeyIndex | undefined;
  private nextNew = 1;
  /** How many ids in `byId` look like generated ones (`new-…`); while none do, no `new-n` can collide. */
  private newLikeIds = 0;

  /** `strategies`: every strategy records may be matched with (the option, plus `name` for Zoom). */
  constructor(given: readonly Contact[], strategies: readonly MatchingStrategy[]) {
    for (const s of strategies) {
      if (this.strategies.includes(s)) continue;
      this.built.push(this.strategies.length === 0);
      this.strategies.push(s);
      this.keyIndexes.push(new Map());
    }
    const email = this.strategies.indexOf('email');
    this.byEmail = email === 0 ? this.keyIndexes[0] : undefined;
    this.nameIndex = this.strategies.indexOf('name');
    this.emailAndNameIndex = this.strategies.indexOf('emailAndName');
    for (const contact of given) this.add(contact.id, contact as Attributes, null, null);
  }

  /** The up-to-date index of a strategy given to the constructor (built now if it never was). */
  private indexFor(strategy: MatchingStrategy): KeyIndex {
    if (strategy === 'email' && this.byEmail !== undefined) return this.byEmail;
    const i = strategy === 'name' ? this.nameIndex : strategy === 'emailAndName' ? this.emailAndNameIndex : this.strategies.indexOf(strategy);
    const index = this.keyIndexes[i];
    if (!this.built[i]) {
      for (let c = 0; c < this.attrs.length; c++) {
        const key = keyOf(strategy, this.attrs[c]);
        if (key !== null) indexAdd(index, key, c);
      }
      this.built[i] = true;
    }
    return index;
  }

  get size(): number {
    return this.idOrN.length;
  }

  idOf(c: number): string {
    const v = this.idOrN[c];
    return typeof v === 'number' ? `new-${v}` : v;
  }

  /** The contact with this id, or -1. */
  lookup(id: string): number {
    const known = this.byId.get(id);
    if (known !== undefined) return known;
    if (id.length > 4 && id.startsWith('new-')) {
      const n = Number(id.slice(4));
      if (Number.isInteger(n) && n > 0 && n < this.byN.length && String(n) === id.slice(4)) return this.byN[n];
    }
    return -1;
  }

  /** `known`/`knownKey`: a strategy whose key of `attrs` the caller has computed and found in no contact. */
  private add(id: string | number, attrs: Attributes, known: MatchingStrategy | null, knownKey: string | null): number {
    const c = this.idOrN.length;
    this.idOrN.push(id);
    this.attrs.push(attrs);
    if (typeof id === 'number') {
      if (id >= this.byN.length) {
        const grown = new Int32Array(Math.max(id + 1, this.byN.length * 2)).fill(-1);
        grown.set(this.byN);
        this.byN = grown;
      }
      this.byN[id] = c;
    } else if (!this.byId.has(id)) {
      this.byId.set(id, c);
      if (id.startsWith('new-')) this.newLikeIds++;
    }
    const strategies = this.strategies;
    for (let i = 0; i < strategies.length; i++) {
      if (!this.built[i]) continue;
      const strategy = strategies[i];
      if (strategy === known) {
        // `resolve` has just looked this key up and missed: a plain set, no second probe.
        if (knownKey !== null) this.keyIndexes[i].set(knownKey, c);
        continue;
      }
      const key = keyOf(strategy, attrs);
      if (key !== null) indexAdd(this.keyIndexes[i], key, c);
    }
    return c;
  }

  /** Set by `resolve`: whether the last contact it returned was created for that record. */
  lastCreated = false;

  /**
   * Ties a record's `contact` to a known contact (its index), creates one from it, or returns -1
   * when the record names none of the fields the strategy needs (`unidentified`).
   */
  resolve(contact: RecordContact, strategy: MatchingStrategy): number {
    this.lastCreated = false;
    const id = contact.id;
    if (id !== undefined) {
      const known = this.lookup(id);
      if (known >= 0) return known;
    }
    const key = keyOf(strategy, contact);
    if (key === null) return -1;
    const hit = this.indexFor(strategy).get(key);
    if (hit !== undefined) return typeof hit === 'number' ? hit : hit[0];
    let newId: string | number | undefined = id;
    if (newId === undefined) {
      if (this.newLikeIds > 0) while (this.byId.has(`new-${this.nextNew}`)) this.nextNew++;
      newId = this.nextNew++;
    }
    this.lastCreated = true;
    return this.add(newId, contact, strategy, key);
  }

  static unidentifiedWhy(strategy: MatchingStrategy): string {
    return `the record names no known contact id and not ${needs[strategy]}, which the "${strategy}" matching strategy needs`;
  }

  /** `contact.updated`: each field of the record's contact but `id` replaces that attribute. */
  update(c: number, fields: RecordContact): void {
    const before = this.attrs[c];
    const after: Attributes = { ...before };
    for (const k of Object.keys(fields)) if (k !== 'id') after[k] = fields[k];
    for (let i = 0; i < this.strategies.length; i++) {
      if (!this.built[i]) continue;
      const strategy = this.strategies[i];
      const index = this.keyIndexes[i];
      const oldKey = keyOf(strategy, before);
      const newKey = keyOf(strategy, after);
      if (oldKey === newKey) continue;
      if (oldKey !== null) indexRemove(index, oldKey, c);
      if (newKey !== null) indexAdd(index, newKey, c);
    }
    this.attrs[c] = after;
  }
}
