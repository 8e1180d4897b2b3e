import { type FormEvent, useState } from "react";
import { changePasswordBodySchema } from "../../../../shared/schemas/auth.js";
import { changePassword } from "../../api/auth.js";
import { ApiError } from "../../api/client.js";
import { errorMessage } from "../../api/errorMessage.js";
import { invalidFields } from "../../api/invalidFields.js";
import { listTokens } from "../../api/tokens.js";
import { useResource } from "../../hooks/useResource.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { AccountPasswordField } from "../AccountPasswordField.js";
import { ConfirmDialog } from "../ConfirmDialog.js";
import { FormActions, PasswordField, SubmitButton } from "../Field.js";
import { useToast } from "../Toasts.js";

type Errors = { current?: string; next?: string; confirm?: string };

/**
 * Change the password; the current one is checked by the server. Doing so signs
 * out every other device and revokes every API token, and the form says how
 * many tokens before you confirm.
 */
export function PasswordForm() {
  const { t, tn } = useI18n();
  const tokens = useResource(() => listTokens().then((r) => r.tokens.length), "password-tokens");
  const [confirming, setConfirming] = useState<number | null>(null);
  const toast = useToast();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [confirm, setConfirm] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const bad = invalidFields(changePasswordBodySchema, { currentPassword: current, newPassword: next });
    const found: Errors = {
      current: bad.has("currentPassword") ? t("validation.passwordRequired") : undefined,
      next: bad.has("newPassword") ? t("validation.passwordLength") : undefined,
      confirm: confirm === next ? undefined : t("validation.passwordMismatch"),
    };
    setErrors(found);
    setFormError(null);
    if (found.current || found.next || found.confirm) return;
    setBusy(true);
    try {
      // Counted now, not when the page opened: a token may have been created meanwhile.
      const count = (await listTokens()).tokens.length;
      tokens.setData(count);
      if (count > 0) {
        setConfirming(count);
        return;
      }
      await change();
    } catch (error) {
      setFormError(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };

  const change = async () => {
    try {
      await changePassword({ currentPassword: current, newPassword: next });
      setCurrent("");
      setNext("");
      setConfirm("");
      tokens.setData(0);
      toast.success(t("settings.password.saved"));
    } catch (error) {
      if (error instanceof ApiError && error.code === "invalid_credentials") {
        setErrors({ current: t("settings.password.wrongCurrent") });
      } else {
        setFormError(errorMessage(t, error));
      }
    }
  };

  return (
    <section className="card" aria-labelledby="password-title">
      <div className="card-header">
        <h2 id="password-title">{t("settings.password.title")}</h2>
        <p className="muted">{t("settings.password.lead")}</p>
        <p className="muted" data-testid="password-consequences">
          {tokens.data ? tn("settings.password.revokesTokens", tokens.data) : t("settings.password.signsOut")}
        </p>
      </div>
      <form className="form" onSubmit={onSubmit} noValidate>
        <AccountPasswordField
          isNew={false}
          label={t("fields.currentPassword")}
          value={current}
          onValue={setCurrent}
          error={errors.current}
        />
        <div className="form-row">
          <AccountPasswordField
            isNew
            label={t("fields.newPassword")}
            value={next}
            onValue={setNext}
            error={errors.next}
          />
          <PasswordField
            label={t("fields.confirmPassword")}
            autoComplete="new-password"
            value={confirm}
            onChange={(event) => setConfirm(event.target.value)}
            error={errors.confirm}
            required
          />
        </div>
        <FormActions error={formError}>
          <SubmitButton busy={busy}>{t("settings.password.submit")}</SubmitButton>
        </FormActions>
      </form>
      <ConfirmDialog
        open={confirming !== null}
        title={t("settings.password.confirmTitle")}
        message={tn("settings.password.confirmText", confirming ?? 0)}
        confirmLabel={t("settings.password.submit")}
        onClose={() => setConfirming(null)}
        onConfirm={change}
      />
    </section>
  );
}
