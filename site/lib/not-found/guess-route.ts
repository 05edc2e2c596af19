/**
 * For the 404 page: where a mistyped or outdated address (an old printout's
 * URL, a renamed form or document) most likely meant to go. Pure, so the
 * page's small script and the tests share it.
 */
import { didYouMean } from '../text/did-you-mean.ts';

export interface KnownRoutes {
  jurisdictions: { id: string; name: string; forms: { id: string; title: string }[] }[];
  documents: { id: string; title: string }[];
}

export interface RouteGuess {
  href: string;
  label: string;
}

const sections: Record<string, string> = { targets: '工作目标', duties: '责任分工', procedures: '处置程序', forms: '表单' };

function segmentsOf(pathname: string): string[] {
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    // A broken %-escape: read the address as it is.
  }
  return path.split(/[/?#]/).map((s) => s.trim().toLowerCase()).filter(Boolean);
}

const closest = <T extends { id: string }>(word: string | undefined, items: T[]): T | undefined => {
  if (!word) return undefined;
  const exact = items.find((i) => i.id === word);
  if (exact) return exact;
  const id = didYouMean(word, items.map((i) => i.id));
  return items.find((i) => i.id === id);
};

/** At most a few links, the most specific first; none when the address names nothing known. */
export function guessRoutes(pathname: string, known: KnownRoutes): RouteGuess[] {
  const [first, second, third] = segmentsOf(pathname);
  const guesses: RouteGuess[] = [];
  if (first === 'policies') {
    const doc = closest(second, known.documents);
    if (doc) guesses.push({ href: `/policies/${doc.id}/`, label: `政策文件：${doc.title}` });
    guesses.push({ href: '/policies/', label: '政策文件库' });
    return guesses;
  }
  const j = closest(first, known.jurisdictions);
  if (!j) return guesses;
  const section = second && (second in sections ? second : didYouMean(second, Object.keys(sections)));
  if (section === 'forms') {
    const form = closest(third, j.forms);
    if (form) guesses.push({ href: `/${j.id}/forms/${form.id}/`, label: `${j.name}：${form.title}` });
    guesses.push({ href: `/${j.id}/forms/`, label: `${j.name}：全部表单` });
  } else if (section) {
    guesses.push({ href: `/${j.id}/${section}/`, label: `${j.name}：${sections[section]}` });
  }
  guesses.push({ href: `/${j.id}/`, label: `${j.name}首页` });
  return guesses;
}
