import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { catalogSchema, type Catalog } from '../domain/catalog';
import { hasErrors } from '../domain/findings';
import { formatPath } from '../domain/schema-findings';
import { validateJourney } from '../domain/validate';

/**
 * `npm run validate -- <journey.json> [--catalog <catalog.json>] [--templates <templates.json>]`
 * prints `{ "findings": [...] }` and exits 2 when any finding is an error (or a file cannot be
 * read as JSON), 0 otherwise.
 */

export type CliIo = {
  readFile(path: string): string;
  stdout(text: string): void;
  stderr(text: string): void;
};

const usage = 'Usage: npm run validate -- <journey.json> [--catalog <catalog.json>] [--templates <templates.json>]';

class CliError extends Error {}

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return { line, column: position - before.lastIndexOf('\n') };
}

function readJson(path: string, what: string, io: CliIo): unknown {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `The ${what} file ${path} does not exist.` : `The ${what} file ${path} cannot be read (${code ?? String(error)}).`);
  }
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const lc = /line (\d+) column (\d+)/.exec(message);
    // "Unexpected end of JSON input" names no position: the problem is at the end of the file
    const pos = /position (\d+)/.exec(message) ?? (/end of JSON/.test(message) ? [message, String(text.length)] : null);
    const where = lc
      ? ` at line ${lc[1]}, column ${lc[2]}`
      : pos
        ? ((p) => ` at line ${p.line}, column ${p.column}`)(lineColumn(text, Number(pos[1])))
        : '';
    throw new CliError(`The ${what} file ${path} is not valid JSON${where}: ${message}`);
  }
}

function readTemplates(path: string, io: CliIo): string[] {
  const data = readJson(path, 'templates', io);
  const items = Array.isArray(data) ? data : null;
  const ids = items?.map((x) => (typeof x === 'string' ? x : x && typeof x === 'object' && typeof (x as { id?: unknown }).id === 'string' ? (x as { id: string }).id : null));
  if (!ids || ids.some((x) => x === null)) {
    throw new CliError(`The templates file ${path} must be a list of template ids or of { "id": ... } objects.`);
  }
  return ids as string[];
}

function readCatalog(path: string, io: CliIo): Catalog {
  const result = catalogSchema.safeParse(readJson(path, 'catalog', io));
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${formatPath(i.path) || '(the whole file)'}: ${i.message}`);
  throw new CliError(`The catalog file ${path} is not a valid event catalog:\n  ${problems.join('\n  ')}`);
}

export function runValidateCli(args: readonly string[], io: CliIo): number {
  try {
    let journeyPath: string | undefined;
    let catalogPath: string | undefined;
    let templatesPath: string | undefined;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      if (arg === '--catalog' || arg === '--templates') {
        const value = args[++i];
        if (value === undefined) throw new CliError(`${arg} needs a file name.\n${usage}`);
        if (arg === '--catalog') catalogPath = value;
        else templatesPath = value;
      } else if (arg === '--help' || arg === '-h') {
        io.stdout(`${usage}\n`);
        return 0;
      } else if (arg.startsWith('--')) {
        throw new CliError(`Unknown option ${arg}.\n${usage}`);
      } else if (journeyPath === undefined) {
        journeyPath = arg;
      } else {
        throw new CliError(`Only one journey file can be checked at a time (got ${journeyPath} and ${arg}).\n${usage}`);
      }
    }
    if (journeyPath === undefined) throw new CliError(`No journey file given.\n${usage}`);
    const journey = readJson(journeyPath, 'journey', io);
    const catalog = catalogPath === undefined ? undefined : readCatalog(catalogPath, io);
    const templates = templatesPath === undefined ? undefined : readTemplates(templatesPath, io);
    const findings = validateJourney(journey, { catalog, templates });
    io.stdout(`${JSON.stringify({ findings }, null, 2)}\n`);
    return hasErrors(findings) ? 2 : 0;
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.stderr(`${error.message}\n`);
    return 2;
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  process.exitCode = runValidateCli(process.argv.slice(2), {
    readFile: (path) => readFileSync(path, 'utf8'),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
