/**
 * Matching a report's 学校 to the jurisdiction's school registry: by 学校标识码
 * when both have one, else by name (NFKC, spaces ignored, so a full-width or
 * spaced name typed by hand still matches). A school not in the registry keeps
 * its own key (its code, else its name), so its reports still count and a
 * second report of it is still a duplicate.
 *
 * Exports: RegistrySchool, schoolMatcher(registry) → (school) → SchoolMatch, normaliseName.
 */

export interface RegistrySchool {
  name: string;
  code?: string;
  town?: string;
  stages?: string[];
}

export interface SchoolMatch {
  key: string;
  /** the registry entry, undefined for a school the registry does not know */
  entry?: RegistrySchool;
}

export const normaliseName = (name: string) => name.normalize('NFKC').replace(/\s+/g, '');

export function schoolMatcher(registry: RegistrySchool[]): (school: { name?: unknown; code?: unknown }) => SchoolMatch {
  const byCode = new Map<string, RegistrySchool>();
  const byName = new Map<string, RegistrySchool>();
  for (const s of registry) {
    if (s.code) byCode.set(s.code, s);
    byName.set(normaliseName(s.name), s);
  }
  const keyOf = (s: RegistrySchool) => (s.code ? `code:${s.code}` : `name:${normaliseName(s.name)}`);
  return (school) => {
    const code = typeof school.code === 'string' && school.code !== '' ? school.code : undefined;
    const name = typeof school.name === 'string' ? normaliseName(school.name) : '';
    const entry = (code && byCode.get(code)) || byName.get(name);
    if (entry) return { key: keyOf(entry), entry };
    return { key: code ? `code:${code}` : `name:${name}` };
  };
}

export const registryKey = (s: RegistrySchool) => (s.code ? `code:${s.code}` : `name:${normaliseName(s.name)}`);
