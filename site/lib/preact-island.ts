/**
 * Build time: marks an island component as Preact's. Without the mark Astro
 * asks each renderer's `check` whether a component is its own, and Preact's
 * check renders the whole component to find out — so every form page's form
 * was rendered twice. The symbol is the one Astro's own JSX components carry
 * (astro/dist/runtime/server/render/common.js).
 */
const renderer = Symbol.for('astro:renderer');

export function preactIsland(component: object): void {
  (component as Record<symbol, string>)[renderer] = '@astrojs/preact';
}
