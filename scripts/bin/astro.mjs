#!/usr/bin/env node
// Runs Astro with its telemetry off, on every platform: an environment variable set in an npm
// script (`VAR=1 astro …`) would not work under Windows' cmd, and the site sends nothing anywhere.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
const astroDir = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
await import(pathToFileURL(join(astroDir, 'bin', 'astro.mjs')).href);
