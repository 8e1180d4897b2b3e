import type { ReactNode } from "react";

/** The heading's id, or an anchor other pages link to (the heading is then `<id>-title`), or both. */
type CardNames = { titleId: string; id?: string } | { titleId?: undefined; id: string };

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
}: CardNames & {
  title: ReactNode;
  lead?: ReactNode;
  kind?: "card" | "section";
  /** Classes added to the kind's own. */
  className?: string;
  children?: ReactNode;
}) {
  const headingId = titleId ?? `${id}-title`;
  return (
    <section className={className ? `${kind} ${className}` : kind} aria-labelledby={headingId} id={id}>
      <div className={`${kind}-header`}>
        <h2 id={headingId}>{title}</h2>
        {lead === undefined ? null : <p className="muted">{lead}</p>}
      </div>
      {children}
    </section>
  );
}
