import type { Locale } from "../schemas/common.js";
import { en, type MessageKey } from "./en.js";
import { es } from "./es.js";
import { ptBR } from "./pt-BR.js";
import { type Messages, negotiateLocale, type Translate, translatorFor } from "./translator-core.js";

export type { Params } from "./translator-core.js";
export type { MessageKey, Messages, Translate };
export { negotiateLocale };

export const catalogs: Record<Locale, Messages> = { en, "pt-BR": ptBR, es };

/**
 * Builds a translator. `{name}` placeholders are filled from params; a key with
 * `_one`/`_other` variants is chosen by Intl.PluralRules on `params.count`; the bare
 * key may then be left out of the catalog. Missing keys fall back to English.
 */
export function createTranslator(locale: Locale): Translate {
  return translatorFor(locale, catalogs[locale], en);
}
