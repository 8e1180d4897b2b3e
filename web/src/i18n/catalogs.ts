import type { Messages } from "../../../shared/i18n/translator-core.js";
import type { Locale } from "../../../shared/schemas/common.js";

const loaders: Record<Locale, () => Promise<Messages>> = {
  en: () => import("../../../shared/i18n/en.js").then((m) => m.en),
  "pt-BR": () => import("../../../shared/i18n/pt-BR.js").then((m) => m.ptBR),
  es: () => import("../../../shared/i18n/es.js").then((m) => m.es),
};

const loaded = new Map<Locale, Messages>();
const pending = new Map<Locale, Promise<Messages>>();

/** Fetches a catalog once; each language is its own small chunk. */
export function loadCatalog(locale: Locale): Promise<Messages> {
  const ready = loaded.get(locale);
  if (ready) return Promise.resolve(ready);
  let promise = pending.get(locale);
  if (!promise) {
    promise = loaders[locale]().then((messages) => {
      loaded.set(locale, messages);
      pending.delete(locale);
      return messages;
    });
    pending.set(locale, promise);
  }
  return promise;
}

/** A catalog already in memory, if any. */
export function loadedCatalog(locale: Locale): Messages | undefined {
  return loaded.get(locale);
}
