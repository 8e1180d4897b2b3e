import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.js";
import { loadCatalog } from "./i18n/catalogs.js";
import { initialLocale } from "./i18n/I18nProvider.js";
import "./styles/base.css";
import "./styles/layout.css";
import "./styles/components.css";
import "./styles/pages.css";

const root = document.getElementById("root");
if (!root) throw new Error("Missing #root element");

// Only the visitor's language is downloaded; render once it is here so no key ever flashes.
const locale = initialLocale();
loadCatalog(locale)
  .catch(() => loadCatalog("en"))
  .finally(() => {
    createRoot(root).render(
      <StrictMode>
        <App locale={locale} />
      </StrictMode>,
    );
  });
