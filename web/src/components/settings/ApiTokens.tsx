import { type FormEvent, useId, useState } from "react";
import type { ApiToken, TokenScope } from "../../../../shared/schemas/tokens.js";
import { ApiError } from "../../api/client.js";
import { errorMessage } from "../../api/errorMessage.js";
import { type CreatedApiToken, createToken, listTokens, revokeToken } from "../../api/tokens.js";
import { useResource } from "../../hooks/useResource.js";
import { formatDate, formatRelative } from "../../i18n/format.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { Card } from "../Card.js";
import { ConfirmDialog } from "../ConfirmDialog.js";
import { FormError, PasswordField, TextField } from "../Field.js";
import { Icon } from "../Icon.js";
import { SecretNotice } from "../SecretNotice.js";
import { Loaded } from "../States.js";
import { useToast } from "../Toasts.js";

function NewTokenNotice({ token, onDismiss }: { token: CreatedApiToken; onDismiss: () => void }) {
  const { t } = useI18n();
  return (
    <SecretNotice
      title={t("settings.tokens.createdTitle", { name: token.name })}
      warning={t("settings.tokens.createdWarning")}
      label={t("settings.tokens.secretLabel")}
      secret={token.token}
      copyLabel={t("settings.tokens.copy")}
      dismissLabel={t("settings.tokens.saved")}
      onDismiss={onDismiss}
    >
      <p className="field-hint">
        {t("settings.tokens.usage")} <code>Authorization: Bearer {token.prefix}…</code>
      </p>
    </SecretNotice>
  );
}

type Access = Extract<TokenScope, "read" | "write">;

/** Read only or read and write, as two radio cards; write implies read. */
function AccessPicker({ value, onChange }: { value: Access; onChange: (access: Access) => void }) {
  const { t } = useI18n();
  const hintId = useId();
  return (
    <fieldset className="field choice-group" aria-describedby={hintId}>
      <legend className="field-label">{t("settings.tokens.access")}</legend>
      <div className="choice-cards choice-cards-2">
        {(["read", "write"] as const).map((access) => (
          <label key={access} className="choice-card">
            <input
              type="radio"
              name="token-access"
              value={access}
              checked={value === access}
              onChange={() => onChange(access)}
            />
            <span className="choice-title">{t(`settings.tokens.scope.${access}`)}</span>
            <span className="choice-hint">{t(`settings.tokens.scope.${access}.hint`)}</span>
          </label>
        ))}
      </div>
      <p id={hintId} className="field-hint">
        {t("settings.tokens.sessionOnly")}
      </p>
    </fieldset>
  );
}

/** A token's access as a badge: read only, or read & write. */
function AccessBadge({ scopes }: { scopes: TokenScope[] }) {
  const { t } = useI18n();
  const write = scopes.includes("write");
  return (
    <span className={`badge ${write ? "badge-warning" : "badge-neutral"}`}>
      {t(write ? "settings.tokens.badge.write" : "settings.tokens.badge.read")}
    </span>
  );
}

/** Personal API tokens: create with an access level (the secret is shown once), list, revoke. */
export function ApiTokens() {
  const { t, locale, timeZone } = useI18n();
  const toast = useToast();
  const tokens = useResource(() => listTokens().then((r) => r.tokens), "tokens");
  const [name, setName] = useState("");
  const [access, setAccess] = useState<Access>("read");
  const [nameError, setNameError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  // Shown once the server asks for it (403 reauthentication_required): the sign-in is over 15 minutes old.
  const [askPassword, setAskPassword] = useState(false);
  const [password, setPassword] = useState("");
  const [passwordError, setPasswordError] = useState<string | null>(null);

  const onCreate = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    if (!name.trim()) {
      setNameError(t("validation.tokenNameRequired"));
      return;
    }
    setNameError(null);
    if (askPassword && !password) {
      setPasswordError(t("validation.passwordRequired"));
      return;
    }
    setBusy(true);
    try {
      const token = await createToken({
        name: name.trim(),
        scopes: [access],
        ...(askPassword && password ? { currentPassword: password } : {}),
      });
      const { token: _secret, ...listed } = token;
      tokens.setData((list) => [listed, ...(list ?? [])]);
      setCreated(token);
      setName("");
      setAccess("read");
      setPassword("");
      setPasswordError(null);
      setAskPassword(false);
      toast.success(t("settings.tokens.createdToast"));
    } catch (error) {
      if (error instanceof ApiError && error.code === "reauthentication_required") {
        // The first time, ask; after a password was sent, it was the wrong one.
        setPasswordError(askPassword && password ? t("settings.tokens.wrongPassword") : null);
        setAskPassword(true);
      } else {
        setFormError(errorMessage(t, error));
      }
    } finally {
      setBusy(false);
    }
  };

  const revoke = async (token: ApiToken) => {
    tokens.setData((list) => list?.filter((item) => item.id !== token.id));
    if (created?.id === token.id) setCreated(null);
    try {
      await revokeToken(token.id);
      toast.success(t("settings.tokens.revokedToast", { name: token.name }));
    } catch (error) {
      tokens.setData((list) => [...(list ?? []), token]);
      toast.error(errorMessage(t, error));
    }
  };

  return (
    <Card titleId="tokens-title" title={t("settings.tokens.title")} lead={t("settings.tokens.lead")}>
      {created ? <NewTokenNotice token={created} onDismiss={() => setCreated(null)} /> : null}
      <form className="form token-form" onSubmit={onCreate} noValidate>
        <TextField
          label={t("settings.tokens.nameLabel")}
          placeholder={t("settings.tokens.namePlaceholder")}
          value={name}
          maxLength={80}
          onChange={(event) => setName(event.target.value)}
          error={nameError}
        />
        <AccessPicker value={access} onChange={setAccess} />
        {askPassword ? (
          <PasswordField
            label={t("settings.tokens.passwordLabel")}
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            hint={t("settings.tokens.reauthHint")}
            error={passwordError}
            required
          />
        ) : null}
        <div>
          <button type="submit" className="btn btn-primary" aria-disabled={busy || undefined}>
            <Icon name="plus" />
            {t("settings.tokens.create")}
          </button>
        </div>
      </form>
      <FormError message={formError} />
      <Loaded resource={tokens}>
        {(list) =>
          list.length === 0 ? (
            <p className="muted token-empty">{t("settings.tokens.empty")}</p>
          ) : (
            <ul className="token-list">
              {list.map((token) => (
                <li key={token.id} className="token-row">
                  <span className="token-icon" aria-hidden="true">
                    <Icon name="key" />
                  </span>
                  <div className="token-text">
                    <p className="person-name">
                      {token.name} <AccessBadge scopes={token.scopes} />
                    </p>
                    <p className="person-email">
                      <code>{token.prefix}…</code> ·{" "}
                      {t("settings.tokens.createdOn", { date: formatDate(token.createdAt, locale, timeZone) })} ·{" "}
                      {token.lastUsedAt
                        ? t("settings.tokens.lastUsed", { when: formatRelative(token.lastUsedAt, locale) })
                        : t("settings.tokens.neverUsed")}
                    </p>
                  </div>
                  <button type="button" className="btn btn-ghost-danger btn-sm" onClick={() => setRevoking(token)}>
                    {t("settings.tokens.revoke")}
                    <span className="visually-hidden"> {token.name}</span>
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
      <ConfirmDialog
        open={revoking !== null}
        title={t("settings.tokens.confirmTitle", { name: revoking?.name ?? "" })}
        message={t("settings.tokens.confirmText")}
        confirmLabel={t("settings.tokens.revoke")}
        onClose={() => setRevoking(null)}
        onConfirm={() => {
          if (revoking) void revoke(revoking);
        }}
      />
    </Card>
  );
}
