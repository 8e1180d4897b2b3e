import type { ReactNode } from "react";

/**
 * A titled block of a page, named by its heading: a "card" (boxed) or a plain "section",
 * with a muted lead under the title.
 */
export function Card({
  titleId,
  title,
  lead,
  kind = "card",
  className,
  id,
  children,
}: {
  titleId: string;
  title: ReactNode;
  lead?: ReactNode;
  kind?: "card" | "section";
  /** Classes added to the kind's own. */
  className?: string;
  /** An anchor other pages link to. */
  id?: string;
  children?: ReactNode;
}) {
  return (
    <section className={className ? `${kind} ${className}` : kind} aria-labelledby={titleId} id={id}>
      <div className={`${kind}-header`}>
        <h2 id={titleId}>{title}</h2>
        {lead === undefined ? null : <p className="muted">{lead}</p>}
      </div>
      {children}
    </section>
  );
}
