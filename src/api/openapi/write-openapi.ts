import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildOpenApi } from './build-openapi';

// `npm run openapi`: regenerate openapi.json at the repository root.
const target = resolve(process.cwd(), 'openapi.json');
writeFileSync(target, `${JSON.stringify(buildOpenApi(), null, 2)}\n`);
console.log(`Wrote ${target}`);
