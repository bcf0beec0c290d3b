import preact from '@preact/preset-vite';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumExecutable } from './tests/support/chromium-executable.ts';

// Three tiers (docs/architecture.md): unit in node, DOM in real Chromium (happy-dom and jsdom reject
// some modern selectors and lack execCommand), e2e drives the built extension in real Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        plugins: [preact()],
        // One preact for the views and their hooks: pre-bundled apart, hooks would see no component.
        resolve: { dedupe: ['preact'] },
        optimizeDeps: {
          include: ['preact', 'preact/hooks', 'preact/jsx-runtime', 'date-fns', 'date-fns/locale'],
        },
        test: {
          name: 'dom',
          include: ['tests/dom/**/*.test.{ts,tsx}'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: {
                executablePath: chromiumExecutable(),
                args: [
                  '--no-sandbox',
                  '--disable-gpu',
                  '--disable-background-networking',
                  '--disable-component-update',
                ],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
