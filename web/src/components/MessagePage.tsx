import type { ReactNode } from "react";
import { Icon, type IconName } from "./Icon.js";

type MessagePageProps = { icon: IconName; eyebrow?: string; title: string; text: string; action: ReactNode };

/** A page that is only a message, centred: where the user stands and the one way on. */
export function MessagePage({ icon, eyebrow, title, text, action }: MessagePageProps) {
  return (
    <div className="page not-found">
      <span className="empty-icon">
        <Icon name={icon} size={24} />
      </span>
      {eyebrow ? <p className="eyebrow">{eyebrow}</p> : null}
      <h1>{title}</h1>
      <p className="page-lead">{text}</p>
      {action}
    </div>
  );
}
