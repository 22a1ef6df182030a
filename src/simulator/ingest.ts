import Papa from 'papaparse';
import { RecordBatch, Strings } from './record-batch';
import { checkRecord, type DroppedRecord } from './record-check';
import { csvRowToValue, type CsvHeader, readCsvHeader } from './csv-row';

/**
 * Reading an event log: NDJSON or CSV, detected from the first non-blank text, fed in chunks of
 * any size. Line numbers follow simulation.md: NDJSON counts every line (blank ones too, which
 * are not records), CSV counts the header as line 1 and gives a record the line it starts on.
 */

export type { DropReason, DroppedRecord, LineRecord } from './record-check';
/** `records`: the valid records in file order, as columns (see record-batch). */
export type IngestResult = { records: RecordBatch; dropped: DroppedRecord[]; total: number };

export class LogFormatError extends Error {
  readonly code = 'log-format';
  constructor(message: string) {
    super(message);
    this.name = 'LogFormatError';
  }
}

export type LogReader = {
  push(chunk: string): void;
  end(): IngestResult;
  /** Records read so far (for progress). */
  readonly total: number;
};

type Mode = 'detect' | 'ndjson' | 'csv';
export type LogFormat = 'ndjson' | 'csv';

const notALog =
  'The event log is neither NDJSON (none of its lines is a JSON object) nor CSV (its header row does not name the "at" and "type" columns).';

/**
 * `format` comes from the file name when there is one (`.ndjson`, `.jsonl`, `.csv`); without it the
 * first non-blank line decides: a CSV header naming `at` and `type`, else NDJSON, which must then
 * hold at least one JSON object (so a bad first line is a dropped record, not a fatal error).
 */
export function createLogReader(format?: LogFormat, strings: Strings = new Strings()): LogReader {
  const records = new RecordBatch(strings);
  const dropped: DroppedRecord[] = [];
  let total = 0;
  let mode: Mode = 'detect';
  let pending = ''; // text not yet consumed: a partial line (NDJSON), partial rows (CSV), or the head
  let line = 0; // NDJSON: lines consumed; CSV: line on which `pending` starts, minus one
  let header: CsvHeader | null = null;
  let csvNewline: '\n' | '\r\n' = '\n';
  let inQuote = false;
  let scanned = 0; // CSV: how much of `pending` has been scanned for quotes
  let lastBoundary = 0; // CSV: end of the last complete row in `pending`
  let sawObject = false; // NDJSON: some line parsed as a JSON object
  let guessed: string | null = null; // NDJSON chosen for want of a CSV header: the error if no line is an object

  const take = (value: unknown, at: number) => {
    total++;
    const d = checkRecord(value, at, records);
    if (d !== null) dropped.push(d);
  };

  const ndjsonLine = (text: string) => {
    line++;
    // Blank lines are numbered but are not records; a line opening an object cannot be blank.
    if (text.charCodeAt(0) !== 123 && text.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      total++;
      dropped.push({ line, reason: 'invalid', why: `line ${line} is not valid JSON (${(e as Error).message})` });
      return;
    }
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) sawObject = true;
    take(value, line);
  };

  const ndjsonFeed = (chunk: string, final: boolean) => {
    let start = 0;
    let nl = chunk.indexOf('\n');
    if (nl >= 0 && pending.length > 0) {
      ndjsonLine(pending + chunk.slice(0, nl));
      pending = '';
      start = nl + 1;
      nl = chunk.indexOf('\n', start);
    }
    while (nl >= 0) {
      ndjsonLine(chunk.slice(start, nl));
      start = nl + 1;
      nl = chunk.indexOf('\n', start);
    }
    pending = start === 0 ? pending + chunk : chunk.slice(start);
    if (final && pending.length > 0) {
      ndjsonLine(pending);
      pending = '';
    }
  };

  const csvParseBlock = (block: string) => {
    let rowLine = line + 1;
    let counted = 0; // position up to which newlines have been counted into rowLine
    let rowStart = 0;
    Papa.parse<string[]>(block, {
      delimiter: ',',
      newline: csvNewline,
      quoteChar: '"',
      skipEmptyLines: false,
      step: (result) => {
        let nl = block.indexOf('\n', counted);
        while (nl >= 0 && nl < rowStart) {
          rowLine++;
          nl = block.indexOf('\n', nl + 1);
        }
        counted = rowStart;
        const cells = result.data;
        rowStart = result.meta.cursor;
        if (cells.length === 0 || (cells.length === 1 && cells[0].trim() === '')) return;
        if (result.errors.length > 0) {
          total++;
          dropped.push({ line: rowLine, reason: 'invalid', why: `line ${rowLine}: ${result.errors[0].message}` });
          return;
        }
        if (header === null) {
          header = readCsvHeader(cells);
          if (header === null) {
            throw new LogFormatError(
              format === 'csv' ? 'The CSV event log has no header row naming the "at" and "type" columns.' : notALog,
            );
          }
          return;
        }
        const value = csvRowToValue(header, cells, rowLine);
        if (typeof value === 'string') {
          total++;
          dropped.push({ line: rowLine, reason: 'invalid', why: value });
        } else take(value, rowLine);
      },
    });
    for (let i = block.indexOf('\n'); i >= 0; i = block.indexOf('\n', i + 1)) line++;
  };

  const csvFeed = (chunk: string, final: boolean) => {
    pending += chunk;
    for (let i = scanned; i < pending.length; i++) {
      const c = pending.charCodeAt(i);
      if (c === 34) inQuote = !inQuote;
      else if (c === 10 && !inQuote) lastBoundary = i + 1;
    }
    scanned = pending.length;
    const cut = final ? pending.length : lastBoundary;
    if (cut === 0) return;
    const block = pending.slice(0, cut);
    pending = pending.slice(cut);
    scanned -= cut;
    lastBoundary = 0;
    csvParseBlock(block);
  };

  const detect = (final: boolean) => {
    const text = pending.charCodeAt(0) === 0xfeff ? pending.slice(1) : pending;
    const first = text.search(/\S/);
    if (first < 0) {
      if (final) pending = '';
      return;
    }
    const startNdjson = () => {
      mode = 'ndjson';
      pending = '';
      ndjsonFeed(text, final);
    };
    if (format === 'ndjson' || (format === undefined && text[first] === '{')) return startNdjson();
    const nl = text.indexOf('\n', first);
    if (nl < 0 && !final) return; // wait for the whole first line
    const headerLine = nl < 0 ? text : text.slice(0, nl);
    if (format === undefined && !isCsvHeader(headerLine)) {
      guessed =
        text[first] === '['
          ? 'The event log is a JSON array; it must be NDJSON (one JSON object per line) or CSV with a header row.'
          : notALog;
      return startNdjson();
    }
    csvNewline = headerLine.endsWith('\r') ? '\r\n' : '\n';
    mode = 'csv';
    pending = '';
    csvFeed(text, final);
  };

  return {
    push(chunk: string) {
      if (chunk.length === 0) return;
      if (mode === 'ndjson') ndjsonFeed(chunk, false);
      else if (mode === 'csv') csvFeed(chunk, false);
      else {
        pending += chunk;
        detect(false);
      }
    },
    end(): IngestResult {
      if (mode === 'ndjson') ndjsonFeed('', true);
      else if (mode === 'csv') csvFeed('', true);
      else detect(true);
      if (guessed !== null && !sawObject) throw new LogFormatError(guessed);
      if (mode === 'csv' && header === null) {
        throw new LogFormatError('The event log looks like CSV but has no header row naming the "at" and "type" columns.');
      }
      dropped.sort((a, b) => a.line - b.line);
      return { records, dropped, total };
    },
    get total() {
      return total;
    },
  };
}

function isCsvHeader(line: string): boolean {
  const cells = Papa.parse<string[]>(line, { delimiter: ',', quoteChar: '"' }).data[0];
  return cells !== undefined && readCsvHeader(cells) !== null;
}

/** Reads a whole log held in one string. */
export function ingestText(text: string, format?: LogFormat): IngestResult {
  const reader = createLogReader(format);
  reader.push(text);
  return reader.end();
}

/** Reads an inline array of records (a scenario's `events`): a record's line is its 1-based position. */
export function ingestArray(items: readonly unknown[], strings?: Strings): IngestResult {
  const records = new RecordBatch(strings, Math.max(16, items.length));
  const dropped: DroppedRecord[] = [];
  for (let i = 0; i < items.length; i++) {
    const d = checkRecord(items[i], i + 1, records);
    if (d !== null) dropped.push(d);
  }
  return { records, dropped, total: items.length };
}
