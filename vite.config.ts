import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig({
  plugins: [preact(), crx({ manifest })],
  build: {
    target: 'chrome123',
    // Readable stack traces from a user's machine matter more than a few KB in the store zip.
    sourcemap: false,
    emptyOutDir: true,
    // The sidebar page is framed by the content script, so no manifest field names it: listed here.
    rollupOptions: { input: { sidebar: 'extension/sidebar.html' } },
  },
  // crxjs's dev server would overwrite dist/ with a build that loads from localhost (docs/toolchain.md):
  // the project always builds with `vite build`.
  server: { strictPort: true },
});
