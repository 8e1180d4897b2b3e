import type { MessageKey } from "../../../../shared/i18n/en.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { Card } from "../Card.js";

type Part = { title: MessageKey; text: MessageKey; minutes: string };

const PARTS: Part[] = [
  { title: "guide.part.checkIn.title", text: "guide.part.checkIn.text", minutes: "5" },
  { title: "guide.part.progress.title", text: "guide.part.progress.text", minutes: "10–15" },
  { title: "guide.part.feedback.title", text: "guide.part.feedback.text", minutes: "10" },
  { title: "guide.part.growth.title", text: "guide.part.growth.text", minutes: "5–10" },
  { title: "guide.part.wrapUp.title", text: "guide.part.wrapUp.text", minutes: "2" },
];

const PRINCIPLES: [MessageKey, MessageKey][] = [
  ["guide.principle.theirTime.title", "guide.principle.theirTime.text"],
  ["guide.principle.regular.title", "guide.principle.regular.text"],
  ["guide.principle.shared.title", "guide.principle.shared.text"],
  ["guide.principle.remember.title", "guide.principle.remember.text"],
];

/** The five-part 1:1 and the habits around it, in our own words. */
export function OneOnOneGuide() {
  const { t } = useI18n();
  return (
    <Card titleId="guide-title" title={t("guide.title")} lead={t("guide.lead")} className="guide">
      <ol className="guide-parts">
        {PARTS.map((part, index) => (
          <li key={part.title}>
            <span className="guide-number" aria-hidden="true">
              {index + 1}
            </span>
            <div>
              <h3>
                {t(part.title)} <span className="guide-minutes">{t("guide.minutes", { minutes: part.minutes })}</span>
              </h3>
              <p>{t(part.text)}</p>
            </div>
          </li>
        ))}
      </ol>
      <h3 className="guide-subtitle">{t("guide.habits")}</h3>
      <ul className="guide-principles">
        {PRINCIPLES.map(([title, text]) => (
          <li key={title}>
            <strong>{t(title)}</strong> {t(text)}
          </li>
        ))}
      </ul>
    </Card>
  );
}
