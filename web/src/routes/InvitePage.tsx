import { type FormEvent, useState } from "react";
import { Link, useLocation, useParams } from "wouter";
import { acceptInvitationBodySchema, type InvitationPreview } from "../../../shared/schemas/people.js";
import { ApiError } from "../api/client.js";
import { invalidFields } from "../api/invalidFields.js";
import { acceptInvitation, previewInvitation } from "../api/invitations.js";
import { AccountPasswordField } from "../components/AccountPasswordField.js";
import { AuthLayout } from "../components/AuthLayout.js";
import { FormError, NameField, SubmitButton } from "../components/Field.js";
import { Icon } from "../components/Icon.js";
import { OwnLanguageAndZone } from "../components/OwnLanguageAndZone.js";
import { ErrorState, LoadingState } from "../components/States.js";
import { useToast } from "../components/Toasts.js";
import { useDocumentTitle } from "../hooks/useDocumentTitle.js";
import { useFormSubmit } from "../hooks/useFormSubmit.js";
import { useResource } from "../hooks/useResource.js";
import { formatDate } from "../i18n/format.js";
import { useI18n } from "../i18n/I18nProvider.js";
import { useSession } from "../session/SessionProvider.js";
import { deviceTimeZone } from "../time/timeZoneOptions.js";

/** An invitation link that leads nowhere: what happened, and the way to sign in instead. */
function UnusableInvitation({ title, text }: { title: string; text: string }) {
  const { t } = useI18n();
  return (
    <div className="invite-invalid">
      <span className="empty-icon">
        <Icon name="link" size={24} />
      </span>
      <h1>{title}</h1>
      <p className="auth-lead">{text}</p>
      <Link href="/login" className="btn btn-secondary btn-block">
        {t("invite.invalid.signIn")}
      </Link>
    </div>
  );
}

function AcceptForm({ token, preview }: { token: string; preview: InvitationPreview }) {
  const { t, locale, timeZone } = useI18n();
  const toast = useToast();
  const [, navigate] = useLocation();
  const { refresh, switchOrganization } = useSession();
  const [name, setName] = useState(preview.name ?? "");
  const [password, setPassword] = useState("");
  const [zone, setZone] = useState(deviceTimeZone);
  const [errors, setErrors] = useState<{ name?: string; password?: string }>({});
  const { busy, formError, setFormError, send } = useFormSubmit({ staysBusy: true });
  const existing = preview.existingAccount;
  const choosingPassword = preview.purpose === "set_password";
  const organization = preview.organization.name;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = {
      name: existing || name.trim() ? undefined : t("validation.nameRequired"),
      password:
        existing && !password
          ? t("validation.passwordRequired")
          : invalidFields(acceptInvitationBodySchema, { password }).has("password")
            ? t("validation.passwordLength")
            : undefined,
    };
    setErrors(found);
    setFormError(null);
    if (found.name || found.password) return;
    await send(async () => {
      // An existing account keeps its name: it only proves itself with its password.
      // A new account starts in the language and time zone shown here; an existing one keeps its own.
      const result = await acceptInvitation(
        token,
        existing ? { password } : { name: name.trim(), password, locale, timezone: zone },
      );
      if (choosingPassword) {
        await refresh();
        navigate("/", { replace: true });
        return;
      }
      switchOrganization(result.organization.id);
      await refresh();
      toast.success(t("invite.joined", { organization }));
      navigate("/", { replace: true });
    });
  };

  return (
    <>
      <p className="eyebrow">{choosingPassword ? t("invite.setPassword.eyebrow") : t("invite.eyebrow")}</p>
      <h1>{choosingPassword ? t("invite.setPassword.title") : t("invite.title", { organization })}</h1>
      <p className="auth-lead">
        {choosingPassword
          ? t("invite.setPassword.lead")
          : t("invite.lead", { inviter: preview.inviterName, organization })}
      </p>
      <dl className="invite-facts">
        <div>
          <dt>{t("fields.email")}</dt>
          <dd>{preview.email}</dd>
        </div>
        <div>
          <dt>{t("invite.validUntil")}</dt>
          <dd>{formatDate(preview.expiresAt, locale, timeZone)}</dd>
        </div>
      </dl>
      {existing ? <p className="callout">{t("invite.existingAccount", { email: preview.email })}</p> : null}
      <form className="form" onSubmit={onSubmit} noValidate>
        {existing ? null : (
          <NameField
            label={t("fields.yourName")}
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={errors.name}
          />
        )}
        <AccountPasswordField
          isNew={!existing}
          name="password"
          label={existing ? t("fields.password") : t("invite.choosePassword")}
          value={password}
          onValue={setPassword}
          error={errors.password}
        />
        {existing || choosingPassword ? null : <OwnLanguageAndZone zone={zone} onZone={setZone} />}
        <FormError message={formError} />
        <SubmitButton busy={busy} block>
          {choosingPassword
            ? t("invite.setPassword.submit")
            : existing
              ? t("invite.submitExisting", { organization })
              : t("invite.submit", { organization })}
        </SubmitButton>
      </form>
    </>
  );
}

/** The invitation link: shows who invited whom to what, then joins with a name and password. */
export default function InvitePage() {
  const { t } = useI18n();
  const { token = "" } = useParams<{ token: string }>();
  const preview = useResource(() => previewInvitation(token), token);
  useDocumentTitle(t("invite.pageTitle"));

  const invalid =
    preview.error instanceof ApiError &&
    (preview.error.status === 404 || preview.error.status === 400 || preview.error.code === "invitation_invalid");

  return (
    <AuthLayout>
      {preview.loading && !preview.data ? (
        <LoadingState />
      ) : invalid ? (
        <UnusableInvitation title={t("invite.invalid.title")} text={t("invite.invalid.text")} />
      ) : preview.error ? (
        <>
          <h1>{t("invite.pageTitle")}</h1>
          <ErrorState error={preview.error} onRetry={preview.reload} />
        </>
      ) : preview.data?.blockedReason ? (
        <UnusableInvitation
          title={t("invite.blocked.title")}
          text={t("invite.blocked.text", { email: preview.data.email })}
        />
      ) : preview.data ? (
        <AcceptForm token={token} preview={preview.data} />
      ) : null}
    </AuthLayout>
  );
}
