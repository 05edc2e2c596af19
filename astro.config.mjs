// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';

// `baoxue build --out DIR` passes the output directory through the environment.
const outDir = process.env.BAOXUE_OUT_DIR ?? './dist';

export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [react()],
  // A strict Content-Security-Policy on every page: only same-origin code, hashed by Astro.
  security: { csp: true },
  devToolbar: { enabled: false },
  server: { port: 4321 },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
