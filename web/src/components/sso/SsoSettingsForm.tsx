import { type FormEvent, useState } from "react";
import { putSsoConfigBodySchema, type SsoConfig } from "../../../../shared/schemas/sso.js";
import { errorField, errorMessage } from "../../api/errorMessage.js";
import { invalidFields } from "../../api/invalidFields.js";
import { putSsoSettings } from "../../api/sso.js";
import { useFormSubmit } from "../../hooks/useFormSubmit.js";
import { useT } from "../../i18n/I18nProvider.js";
import { Card } from "../Card.js";
import { FormActions, PasswordField, SubmitButton, TextField } from "../Field.js";
import { useToast } from "../Toasts.js";
import { ReauthCancelled } from "./useReauth.js";

type Field = "issuerUrl" | "clientId" | "clientSecret" | "emailDomain";

/** The identity provider's issuer, client credentials, e-mail domain and the on/off switch. */
export function SsoSettingsForm({
  orgId,
  current,
  onSaved,
  reauth,
}: {
  orgId: string;
  current: SsoConfig | null;
  onSaved: (next: SsoConfig | null) => void;
  /** Makes the call, asking for the password when the server wants a recent sign-in. */
  reauth: <T>(call: (currentPassword?: string) => Promise<T>) => Promise<T>;
}) {
  const t = useT();
  const toast = useToast();
  const [issuerUrl, setIssuerUrl] = useState(current?.issuerUrl ?? "");
  const [clientId, setClientId] = useState(current?.clientId ?? "");
  const [clientSecret, setClientSecret] = useState("");
  const [emailDomain, setEmailDomain] = useState(current?.emailDomain ?? "");
  const [enabled, setEnabled] = useState(current?.enabled ?? true);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const { busy, formError, setFormError, send } = useFormSubmit();

  const validate = (): Partial<Record<Field, string>> => {
    const found: Partial<Record<Field, string>> = {};
    const bad = invalidFields(putSsoConfigBodySchema, {
      issuerUrl,
      clientId,
      clientSecret: clientSecret || undefined,
      emailDomain,
      enabled,
    });
    if (bad.has("issuerUrl")) found.issuerUrl = t("sso.validation.issuer");
    if (bad.has("clientId")) found.clientId = t("sso.validation.clientId");
    // Required the first time only (the server keeps the stored one otherwise): not a rule of the schema.
    if (bad.has("clientSecret") || (!current?.clientSecretSet && !clientSecret))
      found.clientSecret = t("sso.validation.clientSecret");
    if (bad.has("emailDomain")) found.emailDomain = t("sso.validation.domain");
    return found;
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = validate();
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return;
    await send(
      async () => {
        const saved = await reauth((currentPassword) =>
          putSsoSettings(orgId, {
            issuerUrl: issuerUrl.trim(),
            clientId: clientId.trim(),
            ...(clientSecret ? { clientSecret } : {}),
            emailDomain: emailDomain.trim().toLowerCase(),
            enabled,
            ...(currentPassword ? { currentPassword } : {}),
          }),
        );
        setClientSecret("");
        onSaved(saved.sso);
        toast.success(t("sso.settings.saved"));
      },
      (error) => {
        // A cancelled re-authentication says nothing; a refused field shows on that field.
        if (error instanceof ReauthCancelled) return true;
        const field = errorField(error) as Field | null;
        if (!field) return false;
        setErrors({ [field]: errorMessage(t, error) });
        return true;
      },
    );
  };

  return (
    <Card titleId="sso-form-title" title={t("sso.settings.formTitle")}>
      <form className="form" onSubmit={onSubmit} noValidate>
        <TextField
          label={t("sso.settings.issuer")}
          type="url"
          name="issuerUrl"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="https://"
          value={issuerUrl}
          onChange={(event) => setIssuerUrl(event.target.value)}
          hint={t("sso.settings.issuerHint")}
          error={errors.issuerUrl}
          required
        />
        <div className="form-row">
          <TextField
            label={t("sso.settings.clientId")}
            name="clientId"
            autoComplete="off"
            spellCheck={false}
            value={clientId}
            onChange={(event) => setClientId(event.target.value)}
            error={errors.clientId}
            required
          />
          <PasswordField
            label={t("sso.settings.clientSecret")}
            name="clientSecret"
            autoComplete="new-password"
            value={clientSecret}
            onChange={(event) => setClientSecret(event.target.value)}
            hint={current?.clientSecretSet ? t("sso.settings.clientSecretKept") : t("sso.settings.clientSecretHint")}
            error={errors.clientSecret}
            required={!current?.clientSecretSet}
          />
        </div>
        <TextField
          label={t("sso.settings.domain")}
          name="emailDomain"
          autoComplete="off"
          spellCheck={false}
          placeholder="company.com"
          value={emailDomain}
          onChange={(event) => setEmailDomain(event.target.value)}
          hint={t("sso.settings.domainHint")}
          error={errors.emailDomain}
          required
        />
        <label className="toggle-row">
          <input
            type="checkbox"
            role="switch"
            className="switch"
            checked={enabled}
            aria-checked={enabled}
            aria-describedby="sso-enabled-hint"
            onChange={(event) => setEnabled(event.target.checked)}
          />
          <span className="toggle-text">
            <span className="toggle-name">{t("sso.settings.enabled")}</span>
            <span id="sso-enabled-hint" className="toggle-hint">
              {t("sso.settings.enabledHint")}
            </span>
          </span>
        </label>
        <FormActions error={formError}>
          <SubmitButton busy={busy}>{t("sso.settings.save")}</SubmitButton>
        </FormActions>
      </form>
    </Card>
  );
}
