/**
 * Where a search hit links and what it is called, for the jurisdiction the
 * person is searching for: the 辖区 filter, else a place named in the query
 * (唐河 核查登记).
 *
 * Guidance a jurisdiction inherits opens on that jurisdiction's own page.
 * For forms this matters most. A form is filled in for one jurisdiction: the
 * exported file says `"jurisdiction": "tanghe"`, and a county's form may
 * carry its own parts (唐河县's A–M verification categories). A 唐河 teacher
 * who searches 核查登记 and lands on the national page fills in the national
 * form and sends in a file their county cannot aggregate. So:
 * - with a jurisdiction chosen, a form opens that jurisdiction's form and is
 *   titled with its name (唐河县 · 标准表单);
 * - with none, the form is still listed once, but says which version its link
 *   opens (国家通用版 · 标准表单) and lists every jurisdiction's own form, so
 *   the choice is the teacher's and visible, not made for them.
 */
import type { SearchEntry, SearchJurisdictionInfo } from './search-types.ts';

export interface HitChoice {
  label: string;
  url: string;
}

export interface HitLink {
  url: string;
  /** what the link is called: entry.title, with whose form it is for form results */
  title: string;
  /** a form with no jurisdiction chosen: each jurisdiction's own form */
  choices: HitChoice[];
}

/** A deep link; guidance inherited by the chosen jurisdiction opens on that jurisdiction's page. */
export function entryUrl(entry: SearchEntry, jurisdiction?: string): string {
  if (entry.kind === 'clause' || !jurisdiction || !entry.jurisdictions.includes(jurisdiction)) return entry.url;
  return entry.url.replace(/^\/[^/]+\//, `/${jurisdiction}/`);
}

/** Forms and the help on their fields, as opposed to the jurisdictions' own categories (唐河县 · 核查类别). */
const isStandardForm = (entry: SearchEntry) => entry.kind === 'form' || entry.ref.startsWith('form-field:');

const levelOrder = ['national', 'province', 'city', 'county', 'town', 'school'];

/**
 * `chosen`: the jurisdiction filter, or the places named in the query (the
 * first one the entry applies to is used).
 */
export function hitLink(entry: SearchEntry, jurisdictions: SearchJurisdictionInfo[], chosen: string[]): HitLink {
  const place = chosen.find((j) => entry.jurisdictions.includes(j));
  const url = entryUrl(entry, place);
  if (!isStandardForm(entry)) return { url, title: entry.title, choices: [] };
  const name = (id: string) => jurisdictions.find((j) => j.id === id)?.name ?? id;
  const home = /^\/([^/]+)\//.exec(url)?.[1] ?? '';
  const owner = place ?? home;
  const label = owner === 'national' ? '国家通用版' : name(owner);
  const choices =
    place || entry.kind !== 'form'
      ? []
      : jurisdictions
          .filter((j) => j.id !== home && entry.jurisdictions.includes(j.id))
          .sort((a, b) => levelOrder.indexOf(a.level) - levelOrder.indexOf(b.level))
          .map((j) => ({ label: j.name, url: entryUrl(entry, j.id) }));
  return { url, title: `${label} · ${entry.title}`, choices };
}
