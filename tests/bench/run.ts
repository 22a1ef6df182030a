import { benchValidate } from './validate';

/** `npm run bench`: each bench in turn, printing its lines. Add yours to the list. */
const benches: { name: string; run: () => Promise<string[]> }[] = [{ name: 'validate', run: benchValidate }];

for (const bench of benches) {
  const lines = await bench.run();
  for (const line of lines) console.log(line);
}
