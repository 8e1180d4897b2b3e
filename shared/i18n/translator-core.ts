// Catalog-free translation logic, so the browser can load only the catalog it shows.
import type { Locale } from "../schemas/common.js";
import type { MessageKey } from "./en.js";
import { SUPPORTED_LOCALES } from "./locales.js";

export type Messages = Record<MessageKey, string>;
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** Picks the best supported locale for a list of preferences (e.g. navigator.languages). */
export function negotiateLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const exact = SUPPORTED_LOCALES.find((l) => l.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    const base = tag.split("-")[0]?.toLowerCase();
    const partial = SUPPORTED_LOCALES.find((l) => l.split("-")[0]?.toLowerCase() === base);
    if (partial) return partial;
  }
  return "en";
}

/**
 * Builds a translator over one catalog (and an optional fallback catalog).
 * `{name}` placeholders are filled from params; a key with `_one`/`_other`
 * variants is chosen by Intl.PluralRules on `params.count`, categories a
 * catalog does not spell out (e.g. "many") use "other", and the bare key may
 * then be left out of the catalog.
 */
export function translatorFor(
  locale: Locale,
  messages: Partial<Messages>,
  fallback: Partial<Messages> = {},
): Translate {
  const plural = new Intl.PluralRules(locale);
  const lookup = (key: string): string | undefined => messages[key as MessageKey] ?? fallback[key as MessageKey];
  return (key, params) => {
    let template = lookup(key) ?? key;
    if (params && typeof params.count === "number") {
      template = lookup(`${key}_${plural.select(params.count)}`) ?? lookup(`${key}_other`) ?? template;
    }
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
  };
}
