/**
 * Fails the build when an import crosses the house plan's dependency direction
 * (docs/architecture.md): pure core imports nothing of ours; only the background touches storage;
 * content scripts never reach storage (a content script's IndexedDB belongs to the mail site).
 * Run by `npm run lint`; prints every violation with file and line.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

type Layer =
  | 'core'
  | 'webmail'
  | 'storage'
  | 'messaging'
  | 'platform'
  | 'background'
  | 'content'
  | 'ui'
  | 'extension';

/** What each layer may import, besides itself. */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  core: [],
  webmail: ['core'],
  storage: ['core'],
  platform: [],
  messaging: ['core', 'platform'],
  // The background reads Gmail's traffic with the adapter's pure parsers (webmail/gmail/parse-*).
  background: ['core', 'storage', 'messaging', 'platform', 'webmail'],
  content: ['core', 'webmail', 'messaging', 'ui', 'platform'],
  // The UI reads its strings through platform/i18n (chrome.i18n and the _locales catalogs).
  ui: ['core', 'messaging', 'platform'],
  extension: ['background', 'content', 'ui', 'core', 'messaging', 'platform', 'webmail'],
};

/** Packages only one layer may import. */
const PACKAGE_OWNERS: Record<string, readonly Layer[]> = {
  'webextension-polyfill': ['platform'],
  dexie: ['storage'],
  preact: ['ui', 'extension', 'content'],
};

function layerOf(file: string): Layer | null {
  const parts = relative(repoRoot, file).split(sep);
  if (parts[0] === 'extension') return 'extension';
  if (parts[0] === 'src' && parts[1] && parts[1] in ALLOWED) return parts[1] as Layer;
  return null;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const IMPORT =
  /^\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

export function findViolations(sources: ReadonlyArray<{ file: string; text: string }>): string[] {
  const violations: string[] = [];
  for (const { file, text } of sources) {
    const layer = layerOf(file);
    if (!layer) continue;
    for (const match of text.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? match[3]!;
      const line = text.slice(0, match.index).split('\n').length;
      const where = `${relative(repoRoot, file)}:${line}`;
      if (specifier.startsWith('.')) {
        const resolved = resolve(dirname(file), specifier);
        const target = layerOf(resolved);
        // The string catalogs ship as they are (public/_locales); only platform reads them.
        if (
          !target &&
          layer === 'platform' &&
          relative(repoRoot, resolved).startsWith(join('public', '_locales'))
        )
          continue;
        if (!target) {
          violations.push(`${where}: ${layer} imports ${specifier}, outside src/ and extension/`);
        } else if (target !== layer && !ALLOWED[layer].includes(target)) {
          violations.push(`${where}: ${layer} may not import ${target} (${specifier})`);
        }
        continue;
      }
      const pkg = specifier.startsWith('@')
        ? specifier.split('/').slice(0, 2).join('/')
        : specifier.split('/')[0]!;
      const owners = PACKAGE_OWNERS[pkg];
      if (owners && !owners.includes(layer)) violations.push(`${where}: ${layer} may not import ${pkg}`);
      if (layer === 'core' && (specifier.startsWith('node:') || pkg === 'vite' || pkg === 'vitest')) {
        violations.push(`${where}: core must stay pure, it imports ${specifier}`);
      }
    }
  }
  return violations;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = [...sourceFiles(join(repoRoot, 'src')), ...sourceFiles(join(repoRoot, 'extension'))];
  const violations = findViolations(files.map((file) => ({ file, text: readFileSync(file, 'utf8') })));
  if (violations.length > 0) {
    console.error(`Dependency direction broken (docs/architecture.md):\n${violations.join('\n')}`);
    process.exit(1);
  }
  console.log(`layers: ${files.length} files follow the dependency direction`);
}
