import { type FormEvent, useState } from "react";
import type { MessageKey } from "../../../shared/i18n/en.js";
import { SSO_ERROR_CODES, type SsoErrorCode } from "../../../shared/sso-errors.js";
import { ssoStartUrl } from "../api/sso.js";
import { useT } from "../i18n/I18nProvider.js";
import { EmailField, FormError, SubmitButton } from "./Field.js";

/** The explanation of an `sso_error` the server sent the browser back with, if it is one we know. */
export function ssoErrorKey(code: string | null): MessageKey | null {
  return code && (SSO_ERROR_CODES as readonly string[]).includes(code)
    ? (`sso.error.${code as SsoErrorCode}` as MessageKey)
    : code
      ? "sso.error.sso_failed"
      : null;
}

/** "Sign in with SSO": a work e-mail, then off to the company's identity provider. */
export function SsoSignIn({ next, error, onBack }: { next: string | null; error: string | null; onBack: () => void }) {
  const t = useT();
  const [email, setEmail] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const value = email.trim();
    // The server's own e-mail rule, fetched on demand so zod stays out of the sign-in page's bundle.
    const { emailSchema } = await import("../../../shared/schemas/common.js");
    const problem = !value
      ? t("validation.emailRequired")
      : emailSchema.safeParse(value).success
        ? null
        : t("validation.emailInvalid");
    setFieldError(problem);
    if (problem) {
      setBusy(false);
      return;
    }
    window.location.assign(ssoStartUrl(value, next));
  };

  return (
    <>
      <h1>{t("sso.login.title")}</h1>
      <p className="auth-lead">{t("sso.login.lead")}</p>
      <form className="form" onSubmit={onSubmit} noValidate>
        <FormError message={error} />
        <EmailField
          label={t("fields.email")}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={fieldError}
          required
        />
        <SubmitButton busy={busy} block>
          {busy ? t("sso.login.redirecting") : t("sso.login.continue")}
        </SubmitButton>
      </form>
      <p className="auth-switch">
        <button type="button" className="link-button" onClick={onBack}>
          {t("sso.login.back")}
        </button>
      </p>
    </>
  );
}
