import type { Contact, MatchingStrategy, RecordContact } from './inputs';
import { ChainIndex, type Key, type KeyReader } from './chain-index';
import { grown } from './typed-growth';
import type { RecordBatch, Strings } from './record-batch';

/**
 * The contacts known to a run and how a record is tied to one (simulation.md, rule 1). Contacts
 * are integer indexes (given contacts in file order, then created ones in creation order), so
 * "the first known one wins" is "the smallest index wins". Matching keys are interned strings
 * (see record-batch), so tying a record to its contact is a few array reads: a record's raw
 * email id gives its key id once per distinct email, and the key id gives the contact.
 */

export type Attributes = Record<string, unknown>;

function normName(s: string): string {
  return s.trim().toLowerCase();
}

const needs: Record<MatchingStrategy, string> = {
  email: 'an email',
  name: 'both a first and a last name',
  emailAndName: 'an email and both a first and a last name',
};

type ContactIndex = { find(k: Key): number; add(c: number): void; remove(c: number): void };

/** Contacts by a key that is one string id (an email key), in ascending order; most keys have one contact, held in `head` alone. */
class HeadIndex implements ContactIndex {
  head = new Int32Array(0);
  private readonly multi = new Map<number, number[]>();
  private readonly probe: Key = [0, 0, 0];

  constructor(private readonly keyOf: KeyReader) {}

  find(k: Key): number {
    return k[0] < this.head.length ? this.head[k[0]] : -1;
  }

  add(c: number): void {
    if (this.keyOf(c, this.probe)) this.addUnder(this.probe[0], c);
  }

  addUnder(k: number, c: number): void {
    if (k >= this.head.length) this.head = grown(this.head, k + 1, -1);
    const h = this.head[k];
    if (h === -1) this.head[k] = c;
    else if (h !== c) {
      const list = this.multi.get(k) ?? [h];
      if (list.includes(c)) return;
      let i = list.length;
      while (i > 0 && list[i - 1] > c) i--;
      list.splice(i, 0, c);
      this.multi.set(k, list);
      this.head[k] = list[0];
    }
  }

  remove(c: number): void {
    if (!this.keyOf(c, this.probe)) return;
    const k = this.probe[0];
    const list = this.multi.get(k);
    if (list === undefined) {
      if (k < this.head.length && this.head[k] === c) this.head[k] = -1;
      return;
    }
    const i = list.indexOf(c);
    if (i >= 0) list.splice(i, 1);
    if (list.length === 1) this.multi.delete(k);
    this.head[k] = list[0];
  }
}

export class ContactStore {
  size = 0;
  /** Per contact: the string id of its id, or -n for a contact created as `new-n`. */
  private ids = new Int32Array(0);
  /** Per contact without an attribute object: the string ids of its email and names (-1: absent). */
  private emailOf = new Int32Array(0);
  private firstOf = new Int32Array(0);
  private lastOf = new Int32Array(0);
  /** Per contact: 1 when an email can be sent to it (an email address, and consent not false). */
  private mail = new Uint8Array(0);
  /** Whole attribute objects: given contacts, and contacts with attributes beyond email and names. */
  private readonly objects = new Map<number, Attributes>();
  private readonly byId = new Map<number, number>();
  private byN = new Int32Array(64).fill(-1);
  private readonly strategies: MatchingStrategy[] = [];
  private readonly indexes: ContactIndex[] = [];
  /** Whether each index is kept up to date: the first strategy's from the start, another (`name` for Zoom records) from its first lookup. */
  private readonly built: boolean[] = [];
  private readonly nameNorm = new Map<number, number>();
  private readonly key: Key = [0, 0, 0];
  private nextNew = 1;
  /** How many ids in `byId` look like generated ones (`new-…`); while none do, no `new-n` can collide. */
  private newLikeIds = 0;
  /** Set by `resolve`: whether the last contact it returned was created for that record. */
  lastCreated = false;

  /** `strategies`: every strategy records may be matched with (the option, plus `name` for Zoom). */
  constructor(
    private readonly strings: Strings,
    given: readonly Contact[],
    strategies: readonly MatchingStrategy[],
  ) {
    for (const s of strategies) {
      if (this.strategies.includes(s)) continue;
      this.built.push(this.strategies.length === 0);
      this.strategies.push(s);
      const reader: KeyReader = (c, out) => this.contactKey(s, c, out);
      this.indexes.push(s === 'email' ? new HeadIndex(reader) : new ChainIndex(reader));
    }
    for (const contact of given) this.addGiven(contact);
  }

  private grow(n: number): void {
    if (n <= this.ids.length) return;
    this.ids = grown(this.ids, n);
    this.emailOf = grown(this.emailOf, n, -1);
    this.firstOf = grown(this.firstOf, n, -1);
    this.lastOf = grown(this.lastOf, n, -1);
    this.mail = grown(this.mail, n);
  }

  idOf(c: number): string {
    const v = this.ids[c];
    return v < 0 ? `new-${-v}` : this.strings.list[v];
  }

  /** The contact with this id, or -1. */
  lookup(id: string): number {
    const k = this.strings.find(id);
    return k < 0 ? this.lookupNew(id) : this.lookupId(k, id);
  }

  private lookupId(k: number, id: string): number {
    return this.byId.get(k) ?? this.lookupNew(id);
  }

  private lookupNew(id: string): number {
    if (id.length > 4 && id.startsWith('new-')) {
      const n = Number(id.slice(4));
      if (Number.isInteger(n) && n > 0 && n < this.byN.length && String(n) === id.slice(4)) return this.byN[n];
    }
    return -1;
  }

  /** A contact attribute (`id` included), as `contact.<key>` in a condition reads it. */
  attr(c: number, key: string): unknown {
    if (key === 'id') return this.idOf(c);
    const o = this.objects.get(c);
    if (o !== undefined) return o[key];
    const s = this.strings.list;
    if (key === 'email') return this.emailOf[c] < 0 ? undefined : s[this.emailOf[c]];
    if (key === 'firstName') return this.firstOf[c] < 0 ? undefined : s[this.firstOf[c]];
    if (key === 'lastName') return this.lastOf[c] < 0 ? undefined : s[this.lastOf[c]];
    return undefined;
  }

  /** All of a contact's attributes as one object (made on demand for those created from records). */
  attrsOf(c: number): Attributes {
    const o = this.objects.get(c);
    if (o !== undefined) return o;
    const a: Attributes = {};
    if (this.ids[c] >= 0) a.id = this.idOf(c);
    for (const key of ['email', 'firstName', 'lastName']) {
      const v = this.attr(c, key);
      if (v !== undefined) a[key] = v;
    }
    return a;
  }

  /** Whether an email can be sent to the contact: it has an email address and has not refused consent. */
  canEmail(c: number): boolean {
    return this.mail[c] === 1;
  }

  /** Works out `mail` again after the contact's attributes changed. */
  private setMail(c: number): void {
    const o = this.objects.get(c);
    let ok: boolean;
    if (o === undefined) ok = this.emailOf[c] >= 0 && this.strings.list[this.emailOf[c]] !== '';
    else ok = typeof o.email === 'string' && o.email !== '' && o.consent !== false;
    this.mail[c] = ok ? 1 : 0;
  }

  private newContact(id: number): number {
    const c = this.size++;
    this.grow(this.size);
    this.ids[c] = id;
    return c;
  }

  private registerId(k: number, c: number): void {
    if (this.byId.has(k)) return;
    this.byId.set(k, c);
    if (this.strings.list[k].startsWith('new-')) this.newLikeIds++;
  }

  private addGiven(contact: Contact): void {
    const k = this.strings.id(contact.id);
    const c = this.newContact(k);
    this.registerId(k, c);
    this.objects.set(c, contact as Attributes);
    this.setMail(c);
    for (let i = 0; i < this.strategies.length; i++) if (this.built[i]) this.indexes[i].add(c);
  }

  /** Contact c's key for a strategy: from its attribute object, or from its record's string ids. */
  private contactKey(strategy: MatchingStrategy, c: number, out: Key): boolean {
    const o = this.objects.get(c);
    const byEmail = strategy !== 'name';
    if (o === undefined) return this.keyFromIds(strategy, byEmail ? this.lowerEmail(this.emailOf[c]) : 0, this.firstOf[c], this.lastOf[c], out);
    return this.keyFromIds(strategy, byEmail ? this.lowerEmail(this.idOfText(o.email)) : 0, this.idOfText(o.firstName), this.idOfText(o.lastName), out);
  }

  private indexOf(strategy: MatchingStrategy): number {
    const i = this.strategies.indexOf(strategy);
    if (i < 0) throw new Error(`Contacts are not indexed for the "${strategy}" strategy.`);
    if (!this.built[i]) {
      this.built[i] = true;
      const index = this.indexes[i];
      if (index instanceof ChainIndex) index.reserve(this.size);
      for (let c = 0; c < this.size; c++) index.add(c);
    }
    return i;
  }

  private idOfText(v: unknown): number {
    return typeof v === 'string' ? this.strings.id(v) : -1;
  }

  private lowerEmail(raw: number): number {
    return raw < 0 ? -1 : this.strings.lowerId(raw);
  }

  private nameOf(raw: number): number {
    if (raw < 0) return -1;
    let k = this.nameNorm.get(raw);
    if (k === undefined) {
      const n = normName(this.strings.list[raw]);
      k = n === '' ? -1 : this.strings.id(n);
      this.nameNorm.set(raw, k);
    }
    return k;
  }

  /** Writes the key of these string ids (the email's already lower-cased) into `out`; false when a part is missing. */
  private keyFromIds(strategy: MatchingStrategy, emailKey: number, first: number, last: number, out: Key): boolean {
    const e = strategy === 'name' ? 0 : emailKey;
    const f = strategy === 'email' ? 0 : this.nameOf(first);
    const l = strategy === 'email' ? 0 : this.nameOf(last);
    out[0] = e;
    out[1] = f;
    out[2] = l;
    return e >= 0 && f >= 0 && l >= 0;
  }

  /**
   * Ties record i of a batch to a known contact (its index), creates one from it, or returns -1
   * when the record names none of the fields the strategy needs (`unidentified`).
   */
  resolve(batch: RecordBatch, r: number, strategy: MatchingStrategy): number {
    this.lastCreated = false;
    const cid = batch.cid[r];
    if (cid >= 0) {
      const known = this.lookupId(cid, batch.strings.list[cid]);
      if (known >= 0) return known;
    }
    const key = this.key;
    if (!this.keyFromIds(strategy, batch.emailKey[r], batch.first[r], batch.last[r], key)) return -1;
    const s = this.indexOf(strategy);
    const hit = this.indexes[s].find(key);
    if (hit >= 0) return hit;
    this.lastCreated = true;
    return this.create(batch, r, cid, s, key[0]);
  }

  private create(batch: RecordBatch, r: number, cid: number, s: number, emailKey: number): number {
    let id = cid;
    if (id < 0) {
      if (this.newLikeIds > 0) while (this.byId.has(this.strings.find(`new-${this.nextNew}`))) this.nextNew++;
      const n = this.nextNew++;
      id = -n;
    }
    const c = this.newContact(id);
    if (id >= 0) this.registerId(id, c);
    else {
      const n = -id;
      if (n >= this.byN.length) this.byN = grown(this.byN, n + 1, -1);
      this.byN[n] = c;
    }
    const rest = batch.rest[r];
    if (rest !== undefined) {
      this.objects.set(c, rest.contact);
    } else {
      this.emailOf[c] = batch.email[r];
      this.firstOf[c] = batch.first[r];
      this.lastOf[c] = batch.last[r];
    }
    this.setMail(c);
    for (let i = 0; i < this.strategies.length; i++) {
      if (!this.built[i]) continue;
      // The email index `resolve` has just looked up and missed: its key is already known.
      const index = this.indexes[i];
      if (i === s && index instanceof HeadIndex) index.addUnder(emailKey, c);
      else index.add(c);
    }
    return c;
  }

  static unidentifiedWhy(strategy: MatchingStrategy): string {
    return `the record names no known contact id and not ${needs[strategy]}, which the "${strategy}" matching strategy needs`;
  }

  /** `contact.updated`: each field of the record's contact but `id` replaces that attribute. */
  update(c: number, fields: RecordContact): void {
    const built = this.indexes.filter((_, i) => this.built[i]);
    for (const index of built) index.remove(c);
    const o = this.objects.get(c);
    const names = { email: this.emailOf, firstName: this.firstOf, lastName: this.lastOf } as const;
    const keys = Object.keys(fields).filter((k) => k !== 'id');
    if (o === undefined && keys.every((k) => k in names && typeof fields[k] === 'string')) {
      // Email and names only (the common update): kept as string ids, no object per contact.
      for (const k of keys) names[k as keyof typeof names][c] = this.strings.id(fields[k] as string);
    } else {
      const after: Attributes = { ...this.attrsOf(c) };
      for (const k of keys) after[k] = fields[k];
      this.objects.set(c, after);
    }
    this.setMail(c);
    for (const index of built) index.add(c);
  }
}
