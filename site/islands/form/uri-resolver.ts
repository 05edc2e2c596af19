/**
 * Stand-in for fast-uri in the browser (aliased in astro.config.mjs). The
 * form pages' only user, @rjsf/utils, calls `resolve` and `equal` on a form
 * schema's `$id` (an https URL) and its local `#/$defs/…` refs, which the
 * browser's URL API resolves exactly as fast-uri does (a unit test compares
 * them on every form schema); fast-uri's full RFC 3986 parser would cost the
 * page about 4 KB gzip of its 160 KB budget.
 */
function resolve(base: string, ref: string): string {
  try {
    return new URL(ref, base).href;
  } catch {
    return ref.startsWith('#') ? `${base.replace(/#.*$/, '')}${ref}` : ref;
  }
}

function normalized(uri: string): string {
  try {
    return new URL(uri).href;
  } catch {
    return uri;
  }
}

function equal(a: string, b: string): boolean {
  return normalized(a) === normalized(b);
}

export default { resolve, equal };
export { resolve, equal };
