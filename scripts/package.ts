/**
 * Makes the store zip from dist/: `npm run package` (which builds first) writes
 * follow-through-<version>.zip at the repository root, with manifest.json at the zip's top level.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { zipSync } from 'fflate';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { version: string };
const entries = Object.fromEntries(
  filesUnder(dist)
    // crxjs writes its own bookkeeping next to the build; the store needs none of it.
    .filter((path) => !relative(dist, path).startsWith('.vite'))
    .map((path) => [relative(dist, path).split('\\').join('/'), readFileSync(path)]),
);
const zipPath = join(root, `follow-through-${manifest.version}.zip`);
writeFileSync(zipPath, zipSync(entries, { level: 9 }));
console.log(
  `${relative(root, zipPath)}: ${Object.keys(entries).length} files, ${statSync(zipPath).size} bytes`,
);
