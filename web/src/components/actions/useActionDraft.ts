import { useState } from "react";
import { useT } from "../../i18n/I18nProvider.js";
import type { ActionDraft } from "./ActionFields.js";

/** The fields of an action being written, and the check that it has a title. */
export function useActionDraft(initial: ActionDraft) {
  const t = useT();
  const [draft, setDraft] = useState(initial);
  const [titleError, setTitleError] = useState<string | null>(null);
  /** The trimmed title, or null once the field says one is needed. */
  const checkedTitle = (): string | null => {
    const title = draft.title.trim();
    setTitleError(title ? null : t("actions.titleRequired"));
    return title || null;
  };
  return { draft, setDraft, titleError, checkedTitle };
}
