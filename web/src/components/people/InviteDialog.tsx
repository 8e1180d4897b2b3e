import { type FormEvent, useEffect, useId, useState } from "react";
import type { Role } from "../../../../shared/schemas/common.js";
import { type CreatedInvitation, createInvitationBodySchema, type Person } from "../../../../shared/schemas/people.js";
import { ApiError } from "../../api/client.js";
import { errorField, errorMessage } from "../../api/errorMessage.js";
import { invalidFields } from "../../api/invalidFields.js";
import { createInvitation } from "../../api/invitations.js";
import { useFormSubmit } from "../../hooks/useFormSubmit.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { CopyField } from "../CopyButton.js";
import { Dialog } from "../Dialog.js";
import { EmailField, FormError, SelectField, SubmitButton, TextField } from "../Field.js";
import { Icon } from "../Icon.js";
import { managerCandidates } from "./reportingLines.js";
import { assignableRoles, ROLE_LABELS } from "./roleLabels.js";

type InviteDialogProps = {
  open: boolean;
  onClose: () => void;
  orgId: string;
  people: Person[];
  viewerRole: Role | undefined;
  onCreated: (invitation: CreatedInvitation) => void;
};

const EMPTY = { email: "", name: "", role: "member" as Role, managerId: "" };

const DELIVERY_TEXT = {
  sent: "invite.dialog.sentText",
  queued: "invite.dialog.queuedText",
  not_sent: "invite.dialog.notSentText",
} as const;

/** What became of the invitation e-mail, as the server said: sent, waiting for a retry, or not sent (no SMTP). */
function DeliveryCallout({ created }: { created: CreatedInvitation }) {
  const { t } = useI18n();
  const sent = created.emailDelivery === "sent";
  return (
    <p className={`callout ${sent ? "callout-success" : "callout-warning"}`} role="status">
      <Icon name={sent ? "mail" : "alert"} />
      <span>{t(DELIVERY_TEXT[created.emailDelivery], { email: created.email })}</span>
    </p>
  );
}

/** Invite by e-mail with a role and manager; afterwards, show the link to share by hand. */
export function InviteDialog({ open, onClose, orgId, people, viewerRole, onCreated }: InviteDialogProps) {
  const { t } = useI18n();
  const linkId = useId();
  const [values, setValues] = useState(EMPTY);
  const [emailError, setEmailError] = useState<string | null>(null);
  const { busy, formError, setFormError, send } = useFormSubmit();
  const [created, setCreated] = useState<CreatedInvitation | null>(null);

  useEffect(() => {
    if (!open) return;
    setValues(EMPTY);
    setCreated(null);
    setEmailError(null);
    setFormError(null);
  }, [open, setFormError]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    if (invalidFields(createInvitationBodySchema, { email: values.email }).has("email")) {
      setEmailError(t("validation.emailInvalid"));
      return;
    }
    setEmailError(null);
    await send(
      async () => {
        const invitation = await createInvitation(orgId, {
          email: values.email.trim(),
          name: values.name.trim() || undefined,
          role: values.role,
          managerId: values.managerId || null,
        });
        onCreated(invitation);
        setCreated(invitation);
      },
      (error) => {
        const code = (error as { code?: string }).code;
        const retryAfter = error instanceof ApiError && error.status === 429 ? error.retryAfterSeconds : undefined;
        const message = retryAfter
          ? t("errors.invitationLimit", { minutes: Math.ceil(retryAfter / 60) })
          : errorMessage(t, error);
        if (errorField(error) === "email" || code === "already_member" || code === "account_awaiting_first_password") {
          setEmailError(message);
        } else {
          setFormError(message);
        }
        return true;
      },
    );
  };

  const inviteAnother = () => {
    setValues((v) => ({ ...EMPTY, role: v.role, managerId: v.managerId }));
    setCreated(null);
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={
        created
          ? t(created.emailDelivery === "sent" ? "invite.dialog.sentTitle" : "invite.dialog.createdTitle")
          : t("invite.dialog.title")
      }
      description={created ? undefined : <p>{t("invite.dialog.lead")}</p>}
    >
      {created ? (
        <div className="invite-sent">
          <DeliveryCallout created={created} />
          <div className="field">
            <label htmlFor={linkId}>{t("invite.dialog.link")}</label>
            <CopyField id={linkId} value={created.acceptUrl ?? ""} copyLabel={t("invite.dialog.copyLink")} />
            <p className="field-hint">{t("invite.dialog.linkHint")}</p>
          </div>
          <div className="dialog-actions">
            <button type="button" className="btn btn-secondary" onClick={inviteAnother}>
              {t("invite.dialog.another")}
            </button>
            <button type="button" className="btn btn-primary" onClick={onClose}>
              {t("common.done")}
            </button>
          </div>
        </div>
      ) : (
        <form className="form" onSubmit={onSubmit} noValidate>
          <EmailField
            label={t("fields.email")}
            autoComplete="off"
            value={values.email}
            onChange={(e) => setValues((v) => ({ ...v, email: e.target.value }))}
            error={emailError}
            required
          />
          <TextField
            label={t("fields.name")}
            optional={t("common.optional")}
            name="name"
            autoComplete="off"
            value={values.name}
            onChange={(e) => setValues((v) => ({ ...v, name: e.target.value }))}
            hint={t("invite.dialog.nameHint")}
          />
          <div className="form-row">
            <SelectField
              label={t("fields.role")}
              value={values.role}
              onChange={(e) => setValues((v) => ({ ...v, role: e.target.value as Role }))}
            >
              {assignableRoles(viewerRole).map((role) => (
                <option key={role} value={role}>
                  {t(ROLE_LABELS[role])}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t("fields.manager")}
              optional={t("common.optional")}
              value={values.managerId}
              onChange={(e) => setValues((v) => ({ ...v, managerId: e.target.value }))}
            >
              <option value="">{t("people.noManager")}</option>
              {managerCandidates(people, null).map((p) => (
                <option key={p.userId} value={p.userId}>
                  {p.name}
                </option>
              ))}
            </SelectField>
          </div>
          <p className="field-hint">{t(`invite.dialog.roleHint.${values.role}` as const)}</p>
          <FormError message={formError} />
          <div className="dialog-actions">
            <button type="button" className="btn btn-secondary" onClick={onClose}>
              {t("common.cancel")}
            </button>
            <SubmitButton busy={busy}>{busy ? t("invite.dialog.sending") : t("invite.dialog.submit")}</SubmitButton>
          </div>
        </form>
      )}
    </Dialog>
  );
}
