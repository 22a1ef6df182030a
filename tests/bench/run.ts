import { benchTime, benchValidate } from './validate';
import { benchBundle } from './bundle';

/** `npm run bench`: each bench in turn, printing its lines. Add yours to the list. */
const benches: { name: string; run: () => Promise<string[]> }[] = [
  { name: 'validate', run: benchValidate },
  { name: 'time', run: benchTime },
  { name: 'bundle', run: benchBundle },
];

for (const bench of benches) {
  const lines = await bench.run();
  for (const line of lines) console.log(line);
}
