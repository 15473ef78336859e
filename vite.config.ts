/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// Bundled data files keep their index folder in the built name (data/sipas/2024-<hash>.csv),
// so a file can be recognised on the network and in error messages.
function assetFileName(info: { originalFileNames?: readonly string[] }): string {
  const original = info.originalFileNames?.[0] ?? '';
  const dataFolder = /^data\/([^/]+)\//.exec(original)?.[1];
  if (original.endsWith('.csv')) return dataFolder ? `data/${dataFolder}/[name]-[hash][extname]` : 'data/[name]-[hash][extname]';
  return 'assets/[name]-[hash][extname]';
}

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    target: 'es2022',
    assetsInlineLimit: (file: string) => (file.endsWith('.csv') ? false : undefined),
    rollupOptions: { output: { assetFileNames: assetFileName } },
  },
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['src/test-setup.ts'],
    env: { TZ: 'UTC' },
  },
});
