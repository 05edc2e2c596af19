/**
 * Stand-in for markdown-to-jsx, which rjsf imports for optional Markdown in
 * descriptions and help (never enabled here). Aliased in astro.config.mjs; it
 * saves about 30 KB gzip on every form page. Text is rendered as plain text.
 */
import type { ReactNode } from 'react';

export function Markdown({ children }: { children?: ReactNode }) {
  return <>{children}</>;
}

export default Markdown;
