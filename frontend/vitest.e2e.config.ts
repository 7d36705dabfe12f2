import { defineConfig } from 'vitest/config';

// Browser journeys against the built backend (which serves frontend/dist).
// Run with: npm run build -w backend && npm run build -w frontend && npm run e2e -w frontend
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
