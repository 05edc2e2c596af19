// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { offlineIntegration } from './site/offline/offline-integration.ts';

// `baoxue build --out DIR` passes the output directory through the environment.
const outDir = process.env.BAOXUE_OUT_DIR ?? './dist';

/**
 * Test builds only (test/e2e/form-upgrade.spec.ts): BAOXUE_TEST_FORM_MODULES names a folder whose files
 * stand in for the same-named modules of site/lib/forms/ (a test-only form version). Unset, as in every
 * real build, this adds nothing.
 * @param {string} dir
 * @returns {import('vite').Plugin}
 */
function testFormModules(dir) {
  const forms = fileURLToPath(new URL('./site/lib/forms/', import.meta.url));
  return {
    name: 'baoxue-test-form-modules',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || importer.startsWith(dir)) return null;
      const r = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!r?.id.startsWith(forms)) return null;
      const stand = join(dir, r.id.slice(forms.length));
      return existsSync(stand) ? stand : null;
    },
  };
}
const testModules = process.env.BAOXUE_TEST_FORM_MODULES ? resolve(process.env.BAOXUE_TEST_FORM_MODULES) : undefined;

export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // offlineIntegration writes dist/sw.js, which keeps form pages usable without a network.
  integrations: [react(), offlineIntegration()],
  // A strict Content-Security-Policy on every page: only same-origin code, hashed by Astro, and
  // nothing else from anywhere else (no third-party fonts, images, beacons or frames).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self'",
      ],
    },
  },
  // No page renders Markdown code blocks; Shiki's inline styles would break the CSP (and warn on every build).
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  server: { port: 4321 },
  vite: {
    plugins: testModules ? [testFormModules(testModules)] : [],
    build: { assetsInlineLimit: 0 },
    resolve: {
      alias: {
        // rjsf's optional Markdown rendering is never enabled; a plain-text stand-in keeps form pages small.
        'markdown-to-jsx/react': fileURLToPath(new URL('./site/islands/form/plain-markdown.tsx', import.meta.url)),
        // rjsf resolves the form schema's refs with fast-uri; the browser's URL API does the same for ours (see the file).
        'fast-uri': fileURLToPath(new URL('./site/islands/form/uri-resolver.ts', import.meta.url)),
      },
    },
  },
});
