import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findViolations, repoRoot } from '../../../scripts/check-layers';

const at = (path: string, text: string) => ({ file: join(repoRoot, path), text });

describe('the dependency direction check', () => {
  it('refuses core importing anything of ours outside core', () => {
    const violations = findViolations([
      at('src/core/classify/x.ts', "import { a } from '../../storage/database';"),
    ]);
    expect(violations).toEqual([expect.stringContaining('core may not import storage')]);
  });

  it('refuses a content script reaching storage, even through a dynamic import', () => {
    const violations = findViolations([
      at('src/content/x.ts', "const db = await import('../storage/database');"),
    ]);
    expect(violations).toEqual([expect.stringContaining('content may not import storage')]);
  });

  it('refuses dexie outside storage and the polyfill outside platform', () => {
    const violations = findViolations([
      at('src/background/x.ts', "import Dexie from 'dexie';"),
      at('src/ui/x.ts', "import browser from 'webextension-polyfill';"),
    ]);
    expect(violations).toHaveLength(2);
  });

  it('refuses node APIs in core', () => {
    expect(findViolations([at('src/core/x.ts', "import { readFileSync } from 'node:fs';")])).toHaveLength(1);
  });

  it('accepts the background reading storage and core, and ui reading messaging', () => {
    const violations = findViolations([
      at(
        'src/background/x.ts',
        "import { openDatabase } from '../storage/database';\nimport type { X } from '../core/mail';",
      ),
      at('src/ui/x.tsx', "import { sendToBackground } from '../messaging/send-message';"),
    ]);
    expect(violations).toEqual([]);
  });
});
