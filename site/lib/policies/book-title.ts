/**
 * A document title between book-title marks, as Chinese official writing
 * nests them: marks inside the title become 〈〉, so a notice issuing a plan
 * reads 《关于印发〈…方案〉的通知》, never 《关于印发《…方案》的通知》.
 * Citations, search results and the side-by-side view all print titles
 * through this, so they agree.
 */
export function bookTitle(title: string): string {
  return `《${title.replace(/《/g, '〈').replace(/》/g, '〉')}》`;
}
