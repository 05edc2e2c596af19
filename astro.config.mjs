// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { offlineIntegration } from './site/offline/offline-integration.ts';
import { searchIndexIntegration } from './site/lib/search/search-index-integration.ts';

// `baoxue build --out DIR` passes the output directory through the environment.
/** A browser stand-in for a library rjsf imports, in site/islands/form/. @param {string} file */
const standIn = (file) => fileURLToPath(new URL(`./site/islands/form/${file}`, import.meta.url));

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
/**
 * rjsf's default registry with only the fields and widgets form pages use (site/islands/form/rjsf-fields.ts and
 * rjsf-widgets.ts): only @rjsf/core's own getDefaultRegistry is redirected, so anything importing a field or widget
 * by its path (the editor's full set) still gets it.
 * @returns {import('vite').Plugin}
 */
function trimmedRjsfRegistry() {
  const lists = { './components/fields/index.js': standIn('rjsf-fields.ts'), './components/widgets/index.js': standIn('rjsf-widgets.ts') };
  return {
    name: 'baoxue-trimmed-rjsf-registry',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !/[\\/]@rjsf[\\/]core[\\/]lib[\\/]getDefaultRegistry\.js$/.test(importer.split('?')[0] ?? '')) return null;
      return lists[/** @type {keyof typeof lists} */ (source)] ?? null;
    },
  };
}
/**
 * @astrojs/preact always compiles JSX with Babel (its `vite:preact-jsx` plugin), in the server and the client build:
 * a quarter of the whole build's CPU time on this site. Vite's own transform (oxc, which strips the types of every
 * .ts file anyway) does the same JSX transform natively: the automatic runtime from preact, as configured below.
 * dist/ is byte for byte the same. Were the plugin renamed in a later version, Babel would simply run again.
 * @returns {import('astro').AstroIntegration}
 */
function jsxWithoutBabel() {
  return {
    name: 'baoxue-jsx-without-babel',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        let found = false;
        /** @param {unknown[] | undefined} plugins */
        const walk = (plugins) => {
          for (const p of plugins ?? []) {
            if (Array.isArray(p)) walk(p);
            else if (p && typeof p === 'object' && 'name' in p && p.name === 'vite:preact-jsx' && 'transform' in p) {
              delete p.transform;
              found = true;
            }
          }
        };
        walk(config.vite.plugins);
        if (!found) logger.warn('没有找到 @astrojs/preact 的 JSX 插件，JSX 仍由 Babel 编译（结果相同，构建较慢）。');
      },
    },
  };
}
/**
 * rjsf's helper for its own tests (site/islands/form/no-test-registry.ts stands in for it). The build drops it as
 * unused, but `astro dev` evaluates it, and with it a full Ajv instance our fast-uri stand-in cannot serve: form
 * islands failed to hydrate in dev only. Used both as a Vite plugin and in the dev server's dependency pre-bundling,
 * which applies no Vite plugin.
 * @returns {import('vite').Plugin}
 */
function noRjsfTestRegistry() {
  return {
    name: 'baoxue-no-rjsf-test-registry',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== './getTestRegistry.js') return null;
      return /[\\/]@rjsf[\\/]core[\\/]lib[\\/]index\.js$/.test(importer?.split('?')[0] ?? '') ? standIn('no-test-registry.ts') : null;
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
  // searchIndexIntegration writes /api/search-index.json and /api/search-index/* (thousands of small files
  // Astro would render and write one route at a time) and serves them in dev; it runs before offlineIntegration,
  // which writes dist/sw.js, so that sw.js always sees the finished dist/ (it reads only _astro/ and index.html today).
  // offlineIntegration keeps form pages usable without a network.
  // Islands are written against React's API ('react' imports) and run on preact/compat: the same
  // components (rjsf included) in about a sixth of react-dom's weight on every form page.
  // `include`: the integration runs Babel (for JSX) over every .ts/.js file it is not told to skip, the
  // generated validators (~1 MB) included, in both the server and the client build; only .tsx/.jsx hold
  // JSX, and Vite strips the types of the rest. Same dist/ byte for byte, the build in half the CPU time.
  integrations: [preact({ compat: true, include: [/\.[jt]sx$/] }), jsxWithoutBabel(), searchIndexIntegration(), offlineIntegration()],
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
    plugins: [trimmedRjsfRegistry(), noRjsfTestRegistry(), ...(testModules ? [testFormModules(testModules)] : [])],
    optimizeDeps: { rolldownOptions: { plugins: [noRjsfTestRegistry()] } },
    build: { assetsInlineLimit: 0 },
    // JSX of the islands (see jsxWithoutBabel): the same transform @astrojs/preact asks Babel for.
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    resolve: {
      alias: [
        // rjsf's optional Markdown rendering is never enabled; a plain-text stand-in keeps form pages small.
        { find: 'markdown-to-jsx/react', replacement: standIn('plain-markdown.tsx') },
        // rjsf resolves the form schema's refs with fast-uri; the browser's URL API does the same for ours (see the file).
        { find: 'fast-uri', replacement: standIn('uri-resolver.ts') },
        // rjsf merges allOf with it, and no form schema has an allOf (a unit test keeps it so; see the file).
        // rjsf's deepEquals is built on it; form pages compare only JSON, functions and elements (see the file).
        { find: 'fast-equals', replacement: standIn('deep-equals.ts') },
        { find: /^@x0k\/json-schema-merge(\/lib\/array)?$/, replacement: standIn('no-all-of-merge.ts') },
      ],
    },
  },
});
