/**
 * Stand-in for fast-uri in the browser bundle (aliased in astro.config.mjs).
 * rjsf uses only `resolve` and `equal`, to turn the schemas' local
 * `#/$defs/…` references into absolute ones under the schema's https `$id`;
 * the platform's URL does that, and fast-uri's full RFC 3986 machinery cost
 * the form page about 7 KB gzip. Anything URL cannot parse is left as it is.
 */
const absolute = (ref: string, base?: string): string | undefined => {
  try {
    return new URL(ref, base).href;
  } catch {
    return undefined;
  }
};

export default {
  resolve: (base: string | undefined, ref: string): string => absolute(ref, base) ?? ref,
  equal: (a: string, b: string): boolean => (absolute(a) ?? a) === (absolute(b) ?? b),
};
