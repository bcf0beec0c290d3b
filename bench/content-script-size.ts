/**
 * contentScriptKbGzip: the JavaScript a mail page loads for the extension at start, gzipped. Starts
 * from each content script the built manifest names (crxjs makes it a small loader that imports the
 * real chunk) and follows static and dynamic imports inside dist/ transitively.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

// Static imports and re-exports (relative to the importing file), and the crxjs loader's
// `import(/* comment */ chrome.runtime.getURL("assets/….js"))` (relative to the extension's root).
const STATIC_IMPORTS = /(?:import|export)\s*(?:[^'"();]*?from\s*)?['"]([^'"]+\.js)['"]/g;
const LOADER_IMPORTS = /import\(\s*(?:\/\*[^*]*\*\/\s*)?chrome\.runtime\.getURL\(\s*['"]([^'"]+\.js)['"]/g;

export function measureContentScriptSize(dist: string): {
  contentScriptKbGzip: number;
  files: Record<string, number>;
} {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ js?: string[] }>;
  };
  const pending = (manifest.content_scripts ?? [])
    .flatMap((script) => script.js ?? [])
    .map((file) => join(dist, file));
  const seen = new Set<string>();
  const files: Record<string, number> = {};
  while (pending.length > 0) {
    const file = normalize(pending.pop()!);
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const source = readFileSync(file);
    files[relative(dist, file)] = gzipSync(source, { level: 9 }).length;
    const text = source.toString('utf8');
    for (const [, target] of text.matchAll(STATIC_IMPORTS)) pending.push(join(dirname(file), target!));
    for (const [, target] of text.matchAll(LOADER_IMPORTS)) pending.push(join(dist, target!));
  }
  const total = Object.values(files).reduce((sum, size) => sum + size, 0);
  return { contentScriptKbGzip: Math.round((total / 1024) * 10) / 10, files };
}
