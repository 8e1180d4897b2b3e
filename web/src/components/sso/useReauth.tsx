import { type FormEvent, type ReactNode, useRef, useState } from "react";
import { ApiError } from "../../api/client.js";
import { useT } from "../../i18n/I18nProvider.js";
import { AccountPasswordField } from "../AccountPasswordField.js";
import { Dialog } from "../Dialog.js";
import { FormError } from "../Field.js";

/** The person closed the password prompt: the change was not made. */
export class ReauthCancelled extends Error {}

const needsPassword = (error: unknown) => error instanceof ApiError && error.code === "reauthentication_required";

/**
 * Sudo mode on the page: `run(call)` makes the call; when the server answers
 * 403 `reauthentication_required` it asks for the password in a dialog and
 * makes the call again with it. Render `dialog` once in the page.
 */
export function useReauth(): {
  run: <T>(call: (currentPassword?: string) => Promise<T>) => Promise<T>;
  dialog: ReactNode;
} {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const answer = useRef<((password: string | null) => void) | null>(null);

  const ask = (message: string | null) =>
    new Promise<string | null>((resolve) => {
      answer.current = resolve;
      setPassword("");
      setError(message);
      setOpen(true);
    });
  const reply = (value: string | null) => {
    setOpen(false);
    answer.current?.(value);
    answer.current = null;
  };

  const run = async <T,>(call: (currentPassword?: string) => Promise<T>): Promise<T> => {
    try {
      return await call(undefined);
    } catch (first) {
      if (!needsPassword(first)) throw first;
    }
    let message: string | null = null;
    for (;;) {
      const given = await ask(message);
      if (given === null) throw new ReauthCancelled();
      try {
        return await call(given);
      } catch (error) {
        if (!needsPassword(error)) throw error;
        message = t("sso.settings.reauthWrong");
      }
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (password) reply(password);
  };

  const dialog = (
    <Dialog
      open={open}
      onClose={() => reply(null)}
      title={t("sso.settings.reauthTitle")}
      description={<p>{t("sso.settings.reauthBody")}</p>}
      size="small"
    >
      <form className="form" onSubmit={onSubmit} noValidate>
        <AccountPasswordField
          isNew={false}
          label={t("fields.currentPassword")}
          name="currentPassword"
          value={password}
          onValue={setPassword}
        />
        <FormError message={error} />
        <div className="dialog-actions">
          <button type="button" className="btn btn-secondary" onClick={() => reply(null)}>
            {t("common.cancel")}
          </button>
          <button type="submit" className="btn btn-primary">
            {t("sso.settings.reauthConfirm")}
          </button>
        </div>
      </form>
    </Dialog>
  );
  return { run, dialog };
}
