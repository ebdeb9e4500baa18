/**
 * A localized count line ("3 results", "٣ نتائج", "3 результата") on the
 * client without shipping a message formatter or a NextIntlClientProvider.
 *
 * On the server, pluralTemplates() formats the ICU message once per plural
 * category of the locale (and for the exact counts 0, 1 and 2, which a
 * message may single out with `=0`, `=1`, `=2`), with the number left as a
 * placeholder. In the browser, pickPlural() chooses the template the way ICU
 * would (exact match first, then Intl.PluralRules) and puts the formatted
 * number in. The message must show the number with `{n}`, not `#`.
 */

/** Stands in for the number in a template. */
export const COUNT_PLACEHOLDER = '\uE000';

export type PluralTemplates = Record<string, string>;

/**
 * @param format formats the message for a count, with `n` as the number text.
 * @param pluralLocale the locale for Intl.PluralRules (e.g. `ar`).
 */
export function pluralTemplates(
  format: (count: number, n: string) => string,
  pluralLocale: string,
): PluralTemplates {
  const rules = new Intl.PluralRules(pluralLocale);
  const out: PluralTemplates = {};
  for (const exact of [0, 1, 2]) out[`=${exact}`] = format(exact, COUNT_PLACEHOLDER);
  for (const category of rules.resolvedOptions().pluralCategories) {
    // A sample of the category beyond 0–2, so an exact `=1` cannot stand for all of `one` (21, 31… in Russian).
    let sample: number | undefined;
    for (let n = 3; n < 1000 && sample === undefined; n++) if (rules.select(n) === category) sample = n;
    for (let n = 0; n < 3 && sample === undefined; n++) if (rules.select(n) === category) sample = n;
    if (sample !== undefined) out[category] = format(sample, COUNT_PLACEHOLDER);
  }
  return out;
}

/** The count line for `count`, with `n` (the formatted number) in place. */
export function pickPlural(templates: PluralTemplates, count: number, pluralLocale: string, n: string): string {
  const template =
    (Number.isInteger(count) && count >= 0 && count <= 2 ? templates[`=${count}`] : undefined) ??
    templates[new Intl.PluralRules(pluralLocale).select(count)] ??
    templates.other ??
    '';
  return template.split(COUNT_PLACEHOLDER).join(n);
}
