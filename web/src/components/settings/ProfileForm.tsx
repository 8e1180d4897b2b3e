import { type FormEvent, useMemo, useState } from "react";
import { translatorFor } from "../../../../shared/i18n/translator-core.js";
import type { Locale } from "../../../../shared/schemas/common.js";
import { updateMe } from "../../api/auth.js";
import { useFormSubmit } from "../../hooks/useFormSubmit.js";
import { loadCatalog } from "../../i18n/catalogs.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { useSession, useSignedIn } from "../../session/SessionProvider.js";
import { deviceTimeZone } from "../../time/timeZoneOptions.js";
import { Card } from "../Card.js";
import { FormActions, NameField } from "../Field.js";
import { LanguageField } from "../LanguagePicker.js";
import { TimeZoneField } from "../TimeZoneField.js";
import { useToast } from "../Toasts.js";

/** Name, language and time zone; the UI switches language as soon as it is saved. */
export function ProfileForm() {
  const { t } = useI18n();
  const toast = useToast();
  const { me } = useSignedIn();
  const { updateUser } = useSession();
  const { user } = me;
  const [name, setName] = useState(user.name);
  const [locale, setLocale] = useState<Locale>(user.locale);
  const [timezone, setTimezone] = useState(user.timezone);
  const [nameError, setNameError] = useState<string | null>(null);
  const { busy, formError, setFormError, send } = useFormSubmit();
  const deviceZone = useMemo(deviceTimeZone, []);
  const changed = name.trim() !== user.name || locale !== user.locale || timezone !== user.timezone;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !changed) return;
    setFormError(null);
    if (!name.trim()) {
      setNameError(t("validation.nameRequired"));
      return;
    }
    setNameError(null);
    await send(async () => {
      const patch = {
        ...(name.trim() !== user.name ? { name: name.trim() } : {}),
        ...(locale !== user.locale ? { locale } : {}),
        ...(timezone !== user.timezone ? { timezone } : {}),
      };
      const { user: saved } = await updateMe(patch);
      updateUser(saved);
      // Confirm in the language just chosen, which is what the UI switches to.
      const messages = await loadCatalog(saved.locale).catch(() => ({}));
      toast.success(translatorFor(saved.locale, messages)("settings.profile.saved"));
    });
  };

  return (
    <Card
      titleId="profile-title"
      title={t("settings.profile.title")}
      lead={t("settings.profile.lead", { email: user.email })}
    >
      <form className="form" onSubmit={onSubmit} noValidate>
        <NameField
          label={t("fields.name")}
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={nameError}
        />
        <div className="form-row">
          <LanguageField value={locale} onChange={setLocale} />
          <TimeZoneField
            value={timezone}
            onChange={setTimezone}
            mustInclude={[user.timezone, deviceZone]}
            hint={
              deviceZone && deviceZone !== timezone ? (
                <button type="button" className="link-button" onClick={() => setTimezone(deviceZone)}>
                  {t("settings.profile.useDeviceZone", { zone: deviceZone.replaceAll("_", " ") })}
                </button>
              ) : (
                t("settings.profile.zoneHint")
              )
            }
          />
        </div>
        <FormActions error={formError}>
          <button type="submit" className="btn btn-primary" aria-disabled={busy || !changed || undefined}>
            {t("common.saveChanges")}
          </button>
        </FormActions>
      </form>
    </Card>
  );
}
