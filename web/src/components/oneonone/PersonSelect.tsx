import type { Person } from "../../../../shared/schemas/people.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { SelectField } from "../Field.js";

type Props = {
  label: string;
  people: Person[];
  value: string;
  onChange: (userId: string) => void;
  /** Someone who can't be picked here (the other participant). */
  exclude?: string;
  /** Suggest this leader's direct reports first. */
  leaderId?: string;
  /** Put me first, labelled as me. */
  meId?: string;
  hint?: string;
  error?: string | null;
};

const byName = (a: Person, b: Person) => a.name.localeCompare(b.name);

/** Active people of the workspace, direct reports first when picking a teammate. */
export function PersonSelect({ label, people, value, onChange, exclude, leaderId, meId, hint, error }: Props) {
  const { t } = useI18n();
  const active = people.filter((p) => p.status === "active" && p.userId !== exclude).sort(byName);
  const reports = leaderId ? active.filter((p) => p.managerId === leaderId && p.userId !== leaderId) : [];
  const me = meId ? active.filter((p) => p.userId === meId) : [];
  const others = active.filter((p) => !reports.includes(p) && !me.includes(p) && p.userId !== leaderId);
  const option = (p: Person) => (
    <option key={p.userId} value={p.userId}>
      {p.userId === meId ? t("newOneOnOne.me", { name: p.name }) : p.name}
    </option>
  );
  return (
    <SelectField label={label} value={value} onChange={(e) => onChange(e.target.value)} hint={hint} error={error}>
      {meId ? null : <option value="">{t("newOneOnOne.pickPerson")}</option>}
      {me.map(option)}
      {reports.length > 0 ? <optgroup label={t("newOneOnOne.directReports")}>{reports.map(option)}</optgroup> : null}
      {reports.length > 0 && others.length > 0 ? (
        <optgroup label={t("newOneOnOne.everyoneElse")}>{others.map(option)}</optgroup>
      ) : (
        others.map(option)
      )}
    </SelectField>
  );
}
