import { type FormEvent, useState } from "react";
import { confirmSsoLink, getPendingSsoLink } from "../../api/sso.js";
import { useFormSubmit } from "../../hooks/useFormSubmit.js";
import { useResource } from "../../hooks/useResource.js";
import { useT } from "../../i18n/I18nProvider.js";
import { AccountPasswordField } from "../AccountPasswordField.js";
import { EmailField, FormError, SubmitButton } from "../Field.js";
import { LoadingState } from "../States.js";

/**
 * A workspace's identity provider vouched for the e-mail of an existing
 * account: the account's owner confirms it is them with the account's
 * password before that sign-in is linked (P7). Nothing links without this.
 */
export function SsoLinkConfirm({ onLinked, onCancel }: { onLinked: () => Promise<unknown>; onCancel: () => void }) {
  const t = useT();
  const pending = useResource(() => getPendingSsoLink(), "sso-link");
  const [password, setPassword] = useState("");
  const { busy, formError: error, setFormError: setError, send } = useFormSubmit({ staysBusy: true });

  if (pending.error) {
    return (
      <div className="stack">
        <h1>{t("sso.login.title")}</h1>
        <FormError message={t("sso.link.expired")} />
        <button type="button" className="btn btn-secondary btn-block" onClick={onCancel}>
          {t("sso.login.back")}
        </button>
      </div>
    );
  }
  if (!pending.data) return <LoadingState />;
  const { organizationName, email } = pending.data;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!password) {
      setError(t("validation.passwordRequired"));
      return;
    }
    await send(async () => {
      await confirmSsoLink(password);
      await onLinked();
    });
  };

  return (
    <>
      <h1>{t("sso.link.title", { organization: organizationName })}</h1>
      <p className="auth-lead">{t("sso.link.lead", { organization: organizationName, email })}</p>
      <form className="form" onSubmit={onSubmit} noValidate>
        <EmailField label={t("fields.email")} autoComplete="username" value={email} readOnly />
        <AccountPasswordField isNew={false} name="password" value={password} onValue={setPassword} />
        <FormError message={error} />
        <SubmitButton busy={busy} block>
          {t("sso.link.confirm")}
        </SubmitButton>
      </form>
      <button type="button" className="btn btn-ghost btn-block" onClick={onCancel}>
        {t("sso.link.cancel")}
      </button>
    </>
  );
}
