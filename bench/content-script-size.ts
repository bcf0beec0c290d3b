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

/** Every file one content script loads, with its gzipped size, following imports inside dist/. */
function closureOf(dist: string, entry: string): Record<string, number> {
  const pending = [join(dist, entry)];
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
  return files;
}

/**
 * A mail page loads the content scripts of the one manifest entry its host matches (Gmail's, or
 * Outlook's): the figure is the largest of those loads, each entry's own files listed beside it.
 */
export function measureContentScriptSize(dist: string): {
  contentScriptKbGzip: number;
  files: Record<string, number>;
} {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ js?: string[] }>;
  };
  const files: Record<string, number> = {};
  let largest = 0;
  for (const script of manifest.content_scripts ?? []) {
    const loaded: Record<string, number> = {};
    for (const entry of script.js ?? []) Object.assign(loaded, closureOf(dist, entry));
    Object.assign(files, loaded);
    largest = Math.max(
      largest,
      Object.values(loaded).reduce((sum, size) => sum + size, 0),
    );
  }
  return { contentScriptKbGzip: Math.round((largest / 1024) * 10) / 10, files };
}
