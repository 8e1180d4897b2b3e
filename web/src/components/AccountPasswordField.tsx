import { useI18n } from "../i18n/I18nProvider.js";
import { PasswordField } from "./Field.js";

type Props = {
  /** A new password (its rules as the hint), or the current one. */
  isNew: boolean;
  label?: string;
  name?: string;
  value: string;
  onValue: (value: string) => void;
  error?: string | null;
};

/** The required password of one's own account: the current one to prove who one is, or a new one. */
export function AccountPasswordField({ isNew, label, name, value, onValue, error }: Props) {
  const { t } = useI18n();
  return (
    <PasswordField
      name={name}
      label={label ?? t("fields.password")}
      autoComplete={isNew ? "new-password" : "current-password"}
      value={value}
      onChange={(event) => onValue(event.target.value)}
      hint={isNew ? t("validation.passwordHint") : undefined}
      error={error}
      required
    />
  );
}
