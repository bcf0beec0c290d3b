import { expect, it } from 'vitest';

it('runs DOM tests in a real Chromium engine with execCommand and :has()', () => {
  expect(navigator.userAgent).toMatch(/Chrome\//);
  document.body.innerHTML = '<div id="host"><p class="x"></p></div>';
  expect(document.querySelector('#host:has(> p.x)')).not.toBeNull();
  expect(typeof document.execCommand).toBe('function');
});
