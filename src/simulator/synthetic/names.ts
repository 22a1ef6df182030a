// Deterministic, distinct person names and emails for synthetic contacts. Names are unique by
// construction (an index walks a permutation of first × last × second-last combinations) so Zoom
// clicks, which are matched by name, land on the contact that made them.

const firstNames = [
  'Ana', 'Bo', 'Chloé', 'Dev', 'Emma', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kenji', 'Lea',
  'Mateo', 'Nora', 'Omar', 'Priya', 'Quentin', 'Rui', 'Sofia', 'Tariq', 'Uma', 'Victor', 'Wen',
  'Ximena', 'Yusuf', 'Zoé', 'Aiko', 'Bruno', 'Carla', 'Diego', 'Elif', 'Femi', 'Gabriel', 'Hana',
  'Ivan', 'Julia', 'Karim', 'Lucia', 'Marek', 'Nadia', 'Oscar', 'Paula', 'Rafael', 'Sara',
  'Tomás', 'Ulla', 'Vera', 'Will', 'Yara', 'Zain', 'Amara', 'Ben', 'Camille', 'Dara', 'Eitan',
  'Fatima', 'Goran', 'Helena', 'Isaac', 'Jade', 'Kofi', 'Lina', 'Mika', 'Nils',
] as const;

const lastNames = [
  'Silva', 'Chen', 'Martin', 'Patel', 'Rao', 'Nair', 'Li', 'Costa', 'Moura', 'Souza', 'Müller',
  'Schmidt', 'Dubois', 'Rossi', 'García', 'López', 'Kowalski', 'Novak', 'Horvat', 'Jensen',
  'Hansen', 'Berg', 'Smith', 'Jones', 'Brown', 'Taylor', 'Wilson', 'Khan', 'Ahmed', 'Ali', 'Kim',
  'Park', 'Lee', 'Nguyen', 'Tran', 'Sato', 'Suzuki', 'Tanaka', 'Okafor', 'Mensah', 'Diallo',
  'Haddad', 'Cohen', 'Levi', 'Ivanova', 'Petrov', 'Popescu', 'Nagy', 'Papadopoulos', 'Yilmaz',
  'Demir', 'Fischer', 'Weber', 'Moreau', 'Laurent', 'Fontaine', 'Ferreira', 'Santos', 'Oliveira',
  'Pereira', 'Almeida', 'Andersson', 'Johansson', 'Virtanen',
] as const;

const combos = firstNames.length * lastNames.length * (lastNames.length + 1);
// Any multiplier coprime with `combos` walks every combination once; this one spreads
// consecutive indexes across the alphabet.
const stride = findStride(combos);

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

function findStride(m: number): number {
  let s = Math.floor(m * 0.6180339887);
  while (gcd(s, m) !== 1) s += 1;
  return s;
}

export interface PersonName {
  firstName: string;
  lastName: string;
  email: string;
}

function asciiFold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** The n-th synthetic person (n ≥ 0): distinct names and a distinct email for every n. */
export function personName(n: number): PersonName {
  const round = Math.floor(n / combos);
  // combos × stride stays far below 2^53, so the product is exact.
  const j = ((n % combos) * stride) % combos;
  const first = firstNames[j % firstNames.length];
  const rest = Math.floor(j / firstNames.length);
  const last = lastNames[rest % lastNames.length];
  const second = Math.floor(rest / lastNames.length);
  let lastName = second === 0 ? last : `${last}-${lastNames[second - 1]}`;
  if (round > 0) lastName = `${lastName} ${round + 1}`;
  const email = `${asciiFold(first)}.${asciiFold(lastName).replace(/[^a-z0-9]+/g, '-')}.${n}@example.com`;
  return { firstName: first, lastName, email };
}

/** Someone outside the contact base (a colleague a link was forwarded to). */
export function outsiderEmail(n: number): string {
  return `colleague.${n}@partner.example`;
}
