import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.{ts,mjs}'],
    // The content tests run astro in a child process; give them room on a 2-core machine.
    testTimeout: 60_000,
  },
});
