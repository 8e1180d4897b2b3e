import type { ReactNode } from "react";
import { Icon, type IconName } from "../Icon.js";

type MeetingPanelProps = { titleId: string; icon: IconName; title: string; count: number; children: ReactNode };

/** A side panel of the meeting page: its title, how many it holds when any, then its content. */
export function MeetingPanel({ titleId, icon, title, count, children }: MeetingPanelProps) {
  return (
    <section className="panel" aria-labelledby={titleId}>
      <div className="panel-header">
        <h2 id={titleId}>
          <Icon name={icon} />
          {title}
        </h2>
        {count > 0 ? <span className="badge badge-neutral">{count}</span> : null}
      </div>
      {children}
    </section>
  );
}
