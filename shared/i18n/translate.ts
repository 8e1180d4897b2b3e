import type { Locale } from "../schemas/common.js";
import { LOCALES } from "../schemas/common.js";
import { en, type MessageKey } from "./en.js";
import { es } from "./es.js";
import { ptBR } from "./pt-BR.js";

export type { MessageKey };
export type Messages = Record<MessageKey, string>;
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export const catalogs: Record<Locale, Messages> = { en, "pt-BR": ptBR, es };

/** Picks the best supported locale for a list of preferences (e.g. navigator.languages). */
export function negotiateLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const exact = LOCALES.find((l) => l.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    const base = tag.split("-")[0]?.toLowerCase();
    const partial = LOCALES.find((l) => l.split("-")[0]?.toLowerCase() === base);
    if (partial) return partial;
  }
  return "en";
}

/**
 * Builds a translator. `{name}` placeholders are filled from params; a key with
 * `_one`/`_other` variants is chosen by Intl.PluralRules on `params.count`; the bare
 * key may then be left out of the catalog.
 */
export function createTranslator(locale: Locale): Translate {
  const messages = catalogs[locale];
  const plural = new Intl.PluralRules(locale);
  return (key, params) => {
    let template: string = messages[key] ?? en[key] ?? key;
    if (params && typeof params.count === "number") {
      const variant = `${key}_${plural.select(params.count)}` as MessageKey;
      // Categories a catalog does not spell out (e.g. "many") fall back to "other".
      const other = `${key}_other` as MessageKey;
      template = messages[variant] ?? en[variant] ?? messages[other] ?? en[other] ?? template;
    }
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) =>
      name in params ? String(params[name]) : match,
    );
  };
}
