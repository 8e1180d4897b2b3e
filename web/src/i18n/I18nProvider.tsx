import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import type { MessageKey } from "../../../shared/i18n/en.js";
import { negotiateLocale, type Params, type Translate, translatorFor } from "../../../shared/i18n/translator-core.js";
import type { Locale } from "../../../shared/schemas/common.js";
import { loadCatalog, loadedCatalog } from "./catalogs.js";

const STORAGE_KEY = "rapport.locale";

/** Keys that have `_one`/`_other` variants, named without the suffix. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

type I18n = {
  locale: Locale;
  timeZone: string;
  t: Translate;
  /** Picks the plural variant of `key` for `count`. */
  tn: (key: PluralKey, count: number, params?: Params) => string;
  /** Changes the UI language; `remember` keeps it for the signed-out pages. */
  setLocale: (locale: Locale, remember?: boolean) => void;
  setTimeZone: (timeZone: string) => void;
};

const I18nContext = createContext<I18n | null>(null);

function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
}

function readStoredLocale(): Locale | null {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return saved ? negotiateLocale([saved]) : null;
  } catch {
    return null;
  }
}

/** The locale for a visitor who is not signed in: their saved choice, else the browser's. */
export function initialLocale(): Locale {
  return readStoredLocale() ?? negotiateLocale(navigator.languages ?? [navigator.language]);
}

type Props = { children: ReactNode; locale: Locale };

/**
 * Provides the translator, the locale and the display time zone to the tree.
 * `locale` is the first language, whose catalog must already be loaded; a
 * later switch keeps the current language on screen until the new catalog arrives.
 */
export function I18nProvider({ children, locale: first }: Props) {
  const [locale, setLocaleState] = useState<Locale>(first);
  const [timeZone, setTimeZone] = useState<string>(browserTimeZone);
  const wanted = useRef<Locale>(first);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale, remember = false) => {
    wanted.current = next;
    if (loadedCatalog(next)) setLocaleState(next);
    else
      loadCatalog(next).then(
        () => {
          if (wanted.current === next) setLocaleState(next);
        },
        () => undefined,
      );
    if (!remember) return;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }, []);

  const value = useMemo<I18n>(() => {
    const t = translatorFor(locale, loadedCatalog(locale) ?? {});
    const tn = (key: PluralKey, count: number, params?: Params) => t(key as MessageKey, { ...params, count });
    return { locale, timeZone, t, tn, setLocale, setTimeZone };
  }, [locale, timeZone, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current translator, locale and time zone. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n must be used inside <I18nProvider>");
  return value;
}

/** Shortcut for the translate function. */
export function useT(): Translate {
  return useI18n().t;
}
