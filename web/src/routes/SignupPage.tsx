import { type FormEvent, useState } from "react";
import { signupBodySchema } from "../../../shared/schemas/auth.js";
import { signup } from "../api/auth.js";
import { ApiError } from "../api/client.js";
import { errorField, errorMessage } from "../api/errorMessage.js";
import { getInstance } from "../api/instance.js";
import { invalidFields } from "../api/invalidFields.js";
import { AccountPasswordField } from "../components/AccountPasswordField.js";
import { AuthLayout, AuthSwitch } from "../components/AuthLayout.js";
import { EmailField, FormError, NameField, SubmitButton, TextField } from "../components/Field.js";
import { OwnLanguageAndZone } from "../components/OwnLanguageAndZone.js";
import { useDocumentTitle } from "../hooks/useDocumentTitle.js";
import { useFormSubmit } from "../hooks/useFormSubmit.js";
import { useResource } from "../hooks/useResource.js";
import { useI18n } from "../i18n/I18nProvider.js";
import { useSession } from "../session/SessionProvider.js";
import { deviceTimeZone } from "../time/timeZoneOptions.js";

type Values = { name: string; email: string; password: string; organizationName: string };
type Errors = Partial<Record<keyof Values, string>>;

/** Creates the account and its workspace in one step; the creator becomes the owner (of the first one, on a fresh instance). */
export default function SignupPage() {
  const { t, locale } = useI18n();
  // On a fresh instance there is nobody to sign in as: say so, and drop "Already have an account?".
  const firstRun = useResource(getInstance, "instance").data?.firstRun === true;
  const { refresh } = useSession();
  const [values, setValues] = useState<Values>({
    name: "",
    email: "",
    password: "",
    organizationName: "",
  });
  const [zone, setZone] = useState(deviceTimeZone);
  const [errors, setErrors] = useState<Errors>({});
  const { busy, formError, setFormError, send } = useFormSubmit({ staysBusy: true });
  useDocumentTitle(t("auth.signup.title"));

  const set = (key: keyof Values) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: event.target.value }));

  const validate = (): Errors => {
    const bad = invalidFields(signupBodySchema, values);
    return {
      name: bad.has("name") ? t("validation.nameRequired") : undefined,
      email: bad.has("email") ? t("validation.emailInvalid") : undefined,
      password: bad.has("password") ? t("validation.passwordLength") : undefined,
      organizationName: bad.has("organizationName") ? t("validation.organizationRequired") : undefined,
    };
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = validate();
    setErrors(found);
    setFormError(null);
    if (Object.values(found).some(Boolean)) return;
    await send(
      async () => {
        await signup({
          name: values.name.trim(),
          email: values.email.trim(),
          password: values.password,
          organizationName: values.organizationName.trim(),
          locale,
          timezone: zone,
        });
        await refresh();
      },
      (error) => {
        const message = errorMessage(t, error);
        const field = errorField(error) as keyof Values | null;
        if (field && field in values) setErrors({ [field]: message });
        else if (error instanceof ApiError && error.code === "email_taken") setErrors({ email: message });
        else return false;
        return true;
      },
    );
  };

  return (
    <AuthLayout>
      <h1>{t("auth.signup.title")}</h1>
      <p className="auth-lead">{t(firstRun ? "auth.signup.firstRunLead" : "auth.signup.lead")}</p>
      <form className="form" onSubmit={onSubmit} noValidate>
        <NameField label={t("fields.yourName")} value={values.name} onChange={set("name")} error={errors.name} />
        <EmailField
          label={t("fields.workEmail")}
          value={values.email}
          onChange={set("email")}
          error={errors.email}
          required
        />
        <AccountPasswordField
          isNew
          name="password"
          value={values.password}
          onValue={(password) => setValues((v) => ({ ...v, password }))}
          error={errors.password}
        />
        <TextField
          label={t("fields.organizationName")}
          name="organization"
          autoComplete="organization"
          value={values.organizationName}
          onChange={set("organizationName")}
          hint={t("auth.signup.organizationHint")}
          error={errors.organizationName}
          required
        />
        <OwnLanguageAndZone zone={zone} onZone={setZone} />
        <FormError message={formError} />
        <SubmitButton busy={busy} block>
          {busy ? t("auth.signup.submitting") : t("auth.signup.submit")}
        </SubmitButton>
      </form>
      {!firstRun && <AuthSwitch question={t("auth.signup.haveAccount")} to="/login" label={t("auth.signup.signIn")} />}
    </AuthLayout>
  );
}
