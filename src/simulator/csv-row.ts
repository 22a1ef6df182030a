/**
 * One CSV row → the same value an NDJSON line would give (simulation.md, "Event log"): `data`
 * is a JSON string, `changed` is `;`-separated, `contactId,email,firstName,lastName` are the
 * flattened `contact`, and an empty cell is an absent field. Columns the spec does not name are
 * further contact attributes (`consent` read as a boolean when it says true or false).
 */

export type CsvHeader = { columns: string[] };

const recordFields = new Set(['at', 'type', 'eventId', 'sessionId', 'source', 'tile', 'name', 'table', 'action', 'changed', 'data']);
const contactFields: Record<string, string> = { contactId: 'id', email: 'email', firstName: 'firstName', lastName: 'lastName' };

export function readCsvHeader(cells: string[]): CsvHeader | null {
  const columns = cells.map((c) => c.trim());
  if (!columns.includes('at') || !columns.includes('type')) return null;
  return { columns };
}

function contactKey(column: string): string {
  if (column in contactFields) return contactFields[column];
  if (column.startsWith('contact.')) return column.slice('contact.'.length);
  return column;
}

/** The record value of a row, or a sentence saying why the row cannot be one. */
export function csvRowToValue(header: CsvHeader, cells: string[], line: number): Record<string, unknown> | string {
  const { columns } = header;
  if (cells.length > columns.length) {
    return `line ${line} has ${cells.length} cells but the header names ${columns.length} columns`;
  }
  const value: Record<string, unknown> = {};
  let contact: Record<string, unknown> | undefined;
  for (let i = 0; i < cells.length; i++) {
    let cell = cells[i];
    if (i === cells.length - 1 && cell.endsWith('\r')) cell = cell.slice(0, -1);
    if (cell === '') continue;
    const column = columns[i];
    if (column === '') continue;
    if (recordFields.has(column)) {
      if (column === 'data') {
        try {
          value.data = JSON.parse(cell);
        } catch {
          return `line ${line}: data is not valid JSON`;
        }
      } else if (column === 'changed') {
        const names = cell.split(';').map((s) => s.trim()).filter((s) => s !== '');
        if (names.length > 0) value.changed = names;
      } else value[column] = cell;
    } else {
      const key = contactKey(column);
      contact ??= {};
      contact[key] = key === 'consent' && (cell === 'true' || cell === 'false') ? cell === 'true' : cell;
    }
  }
  if (contact) value.contact = contact;
  return value;
}
