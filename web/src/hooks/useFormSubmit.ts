import { useState } from "react";
import { errorMessage } from "../api/errorMessage.js";
import { useT } from "../i18n/I18nProvider.js";

export type FormSubmit = {
  busy: boolean;
  formError: string | null;
  setFormError: (message: string | null) => void;
  /** Sends once at a time; a failure becomes the form's error unless `onError` says it handled it. */
  send: (work: () => Promise<void>, onError?: (error: unknown) => boolean | undefined) => Promise<void>;
};

/**
 * The busy flag and form-level error of a form that sends one request at a time. With `staysBusy`, a success leaves
 * the form busy: the page moves on (a sign-in), so the form must not be sent again meanwhile.
 */
export function useFormSubmit({ staysBusy = false } = {}): FormSubmit {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);

  const send: FormSubmit["send"] = async (work, onError) => {
    setFormError(null);
    setBusy(true);
    try {
      await work();
      if (!staysBusy) setBusy(false);
    } catch (error) {
      if (!onError?.(error)) setFormError(errorMessage(t, error));
      setBusy(false);
    }
  };

  return { busy, formError, setFormError, send };
}
