import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { matchExpect } from '../simulator/expect-match';
import { isSimulationErrors } from '../simulator/output';
import { readJsonFile, runScenario, ScenarioInputError, type ScenarioOverrides } from '../simulator/run-scenario';

/**
 * `npm run simulate -- <scenario.json> [--events f] [--journey f] [--catalog f] [--contacts f]
 * [--options f] [--out f] [--trace] [--check]` (simulation.md, "Command line"). Thin: argument
 * parsing and printing; the work is runScenario. Exit: 0 ok (or expect matched), 1 expect not
 * matched, 2 bad usage, unreadable input or a journey with validation errors.
 */

const usage = `usage: npm run simulate -- <scenario.json> [--events <log.ndjson|log.csv>] [--journey <file>]
       [--catalog <file>] [--contacts <file>] [--options <file>] [--out <file>] [--trace] [--check]`;

type Args = {
  scenario?: string;
  files: Partial<Record<'events' | 'journey' | 'catalog' | 'contacts' | 'options' | 'out', string>>;
  trace: boolean;
  check: boolean;
};

class UsageError extends Error {}

function parseArgs(argv: string[]): Args {
  const args: Args = { files: {}, trace: false, check: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--trace') args.trace = true;
    else if (a === '--check') args.check = true;
    else if (a === '--help' || a === '-h') throw new UsageError(usage);
    else if (a.startsWith('--')) {
      const [flag, inline] = a.slice(2).split(/=(.*)/s, 2);
      if (!['events', 'journey', 'catalog', 'contacts', 'options', 'out'].includes(flag)) throw new UsageError(`unknown option ${a}\n${usage}`);
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') throw new UsageError(`${a} needs a file\n${usage}`);
      args.files[flag as keyof Args['files']] = value;
    } else if (args.scenario === undefined) args.scenario = a;
    else throw new UsageError(`unexpected argument ${a}\n${usage}`);
  }
  return args;
}

function printable(v: unknown): string {
  return v === undefined ? '(absent)' : JSON.stringify(v);
}

function main(argv: string[]): number {
  const args = parseArgs(argv);
  const { files } = args;
  if (args.scenario === undefined && (files.journey === undefined || files.catalog === undefined || files.events === undefined)) {
    throw new UsageError(`give a scenario file, or at least --journey, --catalog and --events\n${usage}`);
  }
  const scenario = args.scenario === undefined ? null : readJsonFile(args.scenario);
  const overrides: ScenarioOverrides = { trace: args.trace, sources: {} };
  if (args.scenario !== undefined) overrides.sources!.scenario = args.scenario;
  for (const part of ['journey', 'catalog', 'contacts', 'options'] as const) {
    const file = files[part];
    if (file !== undefined) {
      overrides[part] = readJsonFile(file);
      overrides.sources![part] = file;
    }
  }
  if (files.events !== undefined) overrides.events = files.events;
  const baseDir = args.scenario === undefined ? process.cwd() : dirname(resolve(args.scenario));
  const output = runScenario(scenario, baseDir, overrides, {
    onProgress: (n) => process.stderr.write(`simulate: ${n.toLocaleString('en-US')} records read\n`),
    onSimulated: (n, at) => process.stderr.write(`simulate: ${n.toLocaleString('en-US')} records applied${at === null ? '' : `, reached ${at}`}\n`),
  });

  if (args.check) {
    const expected = scenario !== null && typeof scenario === 'object' ? (scenario as { expect?: unknown }).expect : undefined;
    if (expected === undefined) throw new UsageError(`${args.scenario ?? 'the scenario'} has no "expect" to check against`);
    const differences = matchExpect(expected, output);
    if (differences.length === 0) {
      process.stderr.write(`${args.scenario}: output matches expect\n`);
      return 0;
    }
    const lines = differences.map((d) => `${d.path}: expected ${printable(d.expected)}, actual ${printable(d.actual)}`);
    process.stdout.write(`${args.scenario}: ${differences.length} difference(s) from expect\n${lines.join('\n')}\n`);
    return 1;
  }

  const text = `${JSON.stringify(output, null, 2)}\n`;
  if (files.out !== undefined) writeFileSync(files.out, text);
  else process.stdout.write(text);
  if (isSimulationErrors(output)) {
    process.stderr.write(`simulate: the journey has validation errors; it was not run\n`);
    return 2;
  }
  return 0;
}

let status: number;
try {
  status = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof UsageError || e instanceof ScenarioInputError) {
    process.stderr.write(`simulate: ${e.message}\n`);
    status = 2;
  } else throw e;
}
process.exitCode = status;
