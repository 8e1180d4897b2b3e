import { type FormEvent, useState } from "react";
import { Redirect, useSearch } from "wouter";
import { login, updateMe } from "../api/auth.js";
import { getInstance } from "../api/instance.js";
import { AccountPasswordField } from "../components/AccountPasswordField.js";
import { AuthLayout, AuthSwitch } from "../components/AuthLayout.js";
import { EmailField, FormError, SubmitButton } from "../components/Field.js";
import { Icon } from "../components/Icon.js";
import { SsoSignIn, ssoErrorKey } from "../components/SsoSignIn.js";
import { SsoLinkConfirm } from "../components/sso/SsoLinkConfirm.js";
import { useDocumentTitle } from "../hooks/useDocumentTitle.js";
import { useFormSubmit } from "../hooks/useFormSubmit.js";
import { useResource } from "../hooks/useResource.js";
import { useI18n } from "../i18n/I18nProvider.js";
import { useSession } from "../session/SessionProvider.js";

/**
 * Sign in with e-mail and password; then go back where the user was headed. An instance without any
 * account sends its first visitor to sign-up, and the SSO way in shows only when some workspace has it.
 */
export default function LoginPage() {
  const { t, locale } = useI18n();
  const instance = useResource(getInstance, "instance");
  const search = useSearch();
  const { refresh } = useSession();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<{ email?: string; password?: string }>({});
  const { busy, formError, setFormError, send } = useFormSubmit({ staysBusy: true });
  const params = new URLSearchParams(search);
  // An SSO sign-in that failed comes back here as ?sso_error=<code>: show why, on the SSO path.
  const ssoError = ssoErrorKey(params.get("sso_error"));
  const [mode, setMode] = useState<"password" | "sso" | "link">(
    params.get("sso_link") === "pending" ? "link" : ssoError ? "sso" : "password",
  );
  useDocumentTitle(mode === "sso" ? t("sso.login.title") : t("auth.login.title"));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const next = {
      email: email.trim() ? undefined : t("validation.emailRequired"),
      password: password ? undefined : t("validation.passwordRequired"),
    };
    setErrors(next);
    setFormError(null);
    if (next.email || next.password) return;
    await send(async () => {
      const { user } = await login({ email: email.trim(), password });
      // The demo's accounts are shared: each visitor keeps the language they are reading, not the account's.
      if (instance.data?.demo && user.locale !== locale) await updateMe({ locale });
      // Once the session loads, the route redirects to ?next= (or home).
      await refresh();
    });
  };

  // Unknown (the call failed): keep the SSO way in rather than hide it from a workspace that has one.
  const ssoOffered = instance.data ? instance.data.ssoSignIn : Boolean(instance.error);
  if (instance.data?.firstRun) return <Redirect to="/signup" replace />;
  if (instance.loading && !instance.data) return <AuthLayout>{null}</AuthLayout>;

  if (mode === "link") {
    // A workspace's provider vouched for an existing account's e-mail: its owner confirms with the password.
    return (
      <AuthLayout>
        <SsoLinkConfirm onLinked={refresh} onCancel={() => setMode("password")} />
      </AuthLayout>
    );
  }

  if (mode === "sso") {
    return (
      <AuthLayout>
        <SsoSignIn next={params.get("next")} error={ssoError ? t(ssoError) : null} onBack={() => setMode("password")} />
      </AuthLayout>
    );
  }

  return (
    <AuthLayout>
      <h1>{t("auth.login.title")}</h1>
      <p className="auth-lead">{t("auth.login.lead")}</p>
      <form className="form" onSubmit={onSubmit} noValidate>
        <EmailField
          label={t("fields.email")}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={errors.email}
          required
        />
        <AccountPasswordField
          isNew={false}
          name="password"
          value={password}
          onValue={setPassword}
          error={errors.password}
        />
        <FormError message={formError} />
        <SubmitButton busy={busy} block>
          {busy ? t("auth.login.submitting") : t("auth.login.submit")}
        </SubmitButton>
      </form>
      {ssoOffered && (
        <>
          <p className="auth-divider">
            <span>{t("sso.login.or")}</span>
          </p>
          <button type="button" className="btn btn-secondary btn-block" onClick={() => setMode("sso")}>
            <Icon name="key" />
            {t("sso.login.button")}
          </button>
        </>
      )}
      <AuthSwitch question={t("auth.login.noAccount")} to="/signup" label={t("auth.login.createAccount")} />
    </AuthLayout>
  );
}
