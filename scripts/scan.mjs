#!/usr/bin/env node
// `npm run scan`: runs scripts/scan.ts compiled into one file under node_modules/.cache/siyaq/, rebuilt
// whenever a source is newer. A scan then costs Node's start-up (~60 ms), not a TypeScript loader's
// (~600 ms): the command is how the matcher's speed is measured from outside.
import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { newestMtime } from './newest-mtime.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = path.join(ROOT, 'node_modules/.cache/siyaq/scan.mjs');
const SOURCES = [path.join(ROOT, 'scripts/scan.ts'), path.join(ROOT, 'lib')];

const built = existsSync(OUT) ? statSync(OUT).mtimeMs : 0;
if (built < newestMtime(SOURCES, (f) => f.endsWith('.ts'))) {
  const { build } = await import('esbuild');
  mkdirSync(path.dirname(OUT), { recursive: true });
  const result = await build({
    entryPoints: [path.join(ROOT, 'scripts/scan.ts')],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  // Written whole, then renamed: two scans started at once never run half a file.
  const tmp = `${OUT}.${process.pid}.tmp`;
  writeFileSync(tmp, result.outputFiles[0].contents);
  renameSync(tmp, OUT);
}
process.env.SIYAQ_ROOT = ROOT;
await import(pathToFileURL(OUT).href);
