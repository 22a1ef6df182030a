import type { ContactResource } from '../../src/api/list-contacts';
import { formatInstant, parseInstant } from '../../src/domain/time';
import type { SeedRandom } from './random';

const firstNames = [
  'Marie', 'Lucas', 'Emma', 'Hugo', 'Léa', 'Louis', 'Chloé', 'Jules', 'Anna', 'Noah', 'Sofia', 'Liam',
  'Olivia', 'James', 'Amelia', 'Oliver', 'Mia', 'Ethan', 'Hannah', 'Felix', 'Lena', 'Jonas', 'Yuki',
  'Haruto', 'Aiko', 'Kenji', 'Isla', 'Jack', 'Charlotte', 'Mateo', 'Lucía', 'Diego', 'Giulia', 'Marco',
  'Sanne', 'Daan', 'Priya', 'Arjun', 'Zoé', 'Nathan', 'Ava', 'William', 'Grace', 'Samuel',
] as const;
const lastNames = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Smith',
  'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Müller', 'Schmidt', 'Schneider',
  'Fischer', 'Weber', 'Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Nguyen', 'García', 'Fernández',
  'Rossi', 'Russo', 'de Vries', 'Jansen', 'Patel', 'Sharma', 'Wilson', 'Taylor', 'Anderson', 'Walker',
] as const;
const companies = [
  ['Contoso', 'contoso.com'], ['Fabrikam', 'fabrikam.com'], ['Northwind Traders', 'northwind.example'],
  ['Adventure Works', 'adventure-works.com'], ['Tailspin Toys', 'tailspintoys.com'],
  ['Wide World Importers', 'wideworldimporters.com'], ['Litware', 'litware.example'],
  ['Proseware', 'proseware.com'], ['Woodgrove Bank', 'woodgrovebank.com'], ['Alpine Ski House', 'alpineskihouse.com'],
  ['Coho Winery', 'cohowinery.com'], ['Fourth Coffee', 'fourthcoffee.com'], ['Lucerne Publishing', 'lucernepublishing.com'],
  ['Margie’s Travel', 'margiestravel.com'], ['Trey Research', 'treyresearch.net'], ['Blue Yonder Airlines', 'blueyonderairlines.com'],
  ['Humongous Insurance', 'humongousinsurance.com'], ['Relecloud', 'relecloud.com'], ['VanArsdel', 'vanarsdel.example'],
  ['Graphic Design Institute', 'graphicdesigninstitute.com'],
] as const;
const countries = ['FR', 'FR', 'FR', 'DE', 'DE', 'GB', 'GB', 'US', 'US', 'US', 'AU', 'JP', 'ES', 'IT', 'NL', 'CA', 'IN'] as const;

export const CONTACT_COUNT = 320;

function asciiLocal(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');
}

/**
 * A few hundred contacts. Some share a first and last name (so name matching has to choose),
 * a few have no email, a few refused marketing email.
 */
export function seedContacts(random: SeedRandom): ContactResource[] {
  const contacts: ContactResource[] = [];
  const emails = new Set<string>();
  const start = parseInstant('2024-01-08T09:00:00Z')!;
  for (let i = 1; i <= CONTACT_COUNT; i += 1) {
    const firstName = random.pick(firstNames);
    const lastName = random.pick(lastNames);
    const [company, domain] = random.chance(0.9) ? random.pick(companies) : [null, 'outlook.com'];
    let email: string | null = `${asciiLocal(firstName)}.${asciiLocal(lastName)}@${domain}`;
    for (let n = 2; emails.has(email); n += 1) email = `${asciiLocal(firstName)}.${asciiLocal(lastName)}${n}@${domain}`;
    emails.add(email);
    if (random.chance(0.02)) email = null;
    contacts.push({
      id: `c-${String(i).padStart(3, '0')}`,
      email,
      firstName,
      lastName,
      company,
      country: random.pick(countries),
      consent: !random.chance(0.06),
      // Spread over two years, in creation order.
      createdAt: formatInstant(start + i * 2 * 86_400_000 + random.int(0, 86_399) * 1000),
    });
  }
  return contacts;
}
