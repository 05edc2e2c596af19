/**
 * The opening sentences of a clause, for a short excerpt that never ends in
 * the middle of a sentence: whole sentences (ending in 。！？；) while they fit
 * in `max` characters, and always at least the first one.
 *
 * Exports: leadSentences.
 */
export function leadSentences(text: string, max: number): { text: string; cut: boolean } {
  const sentences = text.match(/[^。！？；]+[。！？；]?/g) ?? [text];
  let out = sentences[0]!;
  for (const s of sentences.slice(1)) {
    if ([...out, ...s].length > max) break;
    out += s;
  }
  return { text: out, cut: out.length < text.length };
}
