/**
 * Stand-in for @rjsf/core's getTestRegistry (redirected in astro.config.mjs). rjsf exports it for its own
 * tests; importing it evaluates @rjsf/validator-ajv8's default export, which builds a full Ajv instance at
 * load time. The build drops it as unused, but `astro dev` evaluates every module, and that Ajv instance
 * needs the parts of fast-uri our uri-resolver.ts leaves out: form islands failed to hydrate in dev only.
 */
export default function getTestRegistry(): never {
  throw new Error('getTestRegistry 只用于 rjsf 自己的测试，表单页不提供。');
}
