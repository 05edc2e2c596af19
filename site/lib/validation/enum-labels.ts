type Schema = Record<string, unknown>;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The Chinese name of each option of an enum, from the schema itself: its
 * `x-enum-labels` map, or else its description when that names every option
 * as “value 名称，value 名称……” (as schemas/ describe their enums). Either
 * all options are named or none, so a list never mixes named and bare options.
 */
export function enumLabels(schema: Schema | undefined, values: string[]): Map<string, string> | undefined {
  const explicit = schema?.['x-enum-labels'];
  if (explicit && typeof explicit === 'object') {
    const map = explicit as Record<string, unknown>;
    if (values.every((v) => typeof map[v] === 'string')) return new Map(values.map((v) => [v, map[v] as string]));
  }
  const description = typeof schema?.description === 'string' ? schema.description : '';
  const labels = new Map<string, string>();
  for (const v of values) {
    const m = new RegExp(`(?:^|[，；。：、\\s“])${escape(v)}”?\\s+([^，；。,;\\s]+)`).exec(description);
    if (!m) return undefined;
    labels.set(v, m[1]!.replace(/（[^）]*）?$/, '').replace(/（[^）]*）/g, ''));
  }
  return labels;
}

/** “a（甲）、b（乙）”, or “a、b” when the schema does not name the options. */
export function enumChoiceList(schema: Schema | undefined, values: string[]): string {
  const labels = enumLabels(schema, values);
  return values.map((v) => (labels?.get(v) ? `${v}（${labels.get(v)}）` : v)).join('、');
}
