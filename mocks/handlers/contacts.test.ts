import { describe, expect, it } from 'vitest';
import { listContacts } from '../../src/api/list-contacts';
import { setupMockServer } from '../use-mock-server';

setupMockServer();

describe('contacts', () => {
  it('pages a few hundred contacts and searches names, emails and companies', async () => {
    const first = await listContacts({});
    expect(first.items).toHaveLength(20);
    expect(first.nextCursor).not.toBeNull();
    const contoso = await listContacts({ search: 'CONTOSO' });
    expect(contoso.items.length).toBeGreaterThan(0);
    expect(contoso.items.every((c) => c.company === 'Contoso' || c.email?.includes('contoso'))).toBe(true);
    expect((await listContacts({ search: 'zzzz-nobody' })).items).toEqual([]);
  });
});

describe('contacts: cursors', () => {
  it('walks every page to the last one and refuses a forged cursor', async () => {
    let cursor: string | undefined;
    let total = 0;
    do {
      const page = await listContacts({ cursor });
      total += page.items.length;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(total).toBe(320);
    const forged = await fetch(`http://localhost/api/contacts?cursor=${btoa('o:99999')}`);
    expect(forged.status).toBe(400);
  });
});
