import { Link } from "wouter";
import { Icon, type IconName } from "./Icon.js";

type MessagePageProps = {
  icon: IconName;
  eyebrow?: string;
  title: string;
  text: string;
  /** The one way on: a link, shown as the primary button unless `secondary`. */
  way: { href: string; label: string; secondary?: boolean };
};

/** A page that is only a message, centred: where the user stands and the one way on. */
export function MessagePage({ icon, eyebrow, title, text, way }: MessagePageProps) {
  return (
    <div className="page not-found">
      <span className="empty-icon">
        <Icon name={icon} size={24} />
      </span>
      {eyebrow ? <p className="eyebrow">{eyebrow}</p> : null}
      <h1>{title}</h1>
      <p className="page-lead">{text}</p>
      <Link href={way.href} className={way.secondary ? "btn btn-secondary" : "btn btn-primary"}>
        {way.label}
      </Link>
    </div>
  );
}
