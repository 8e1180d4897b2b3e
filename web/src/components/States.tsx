import type { ReactNode } from "react";
import { errorMessage } from "../api/errorMessage.js";
import type { Resource } from "../hooks/useResource.js";
import { useT } from "../i18n/I18nProvider.js";
import { Icon, type IconName } from "./Icon.js";

/** A calm placeholder while data loads; announced once to screen readers. */
export function LoadingState({ label }: { label?: string }) {
  const t = useT();
  return (
    <div className="state state-loading" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t("common.loading")}</span>
    </div>
  );
}

/** What went wrong, in the user's language, with a way to try again. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  return (
    <div className="state state-error" role="alert">
      <Icon name="alert" size={22} />
      <div>
        <p className="state-title">{t("errors.loadFailed")}</p>
        <p className="state-text">{errorMessage(t, error)}</p>
      </div>
      {onRetry ? (
        <button type="button" className="btn btn-secondary" onClick={onRetry}>
          {t("common.retry")}
        </button>
      ) : null}
    </div>
  );
}

type EmptyStateProps = { icon: IconName; title: string; children: ReactNode; action?: ReactNode };

/** An empty screen that explains what belongs here and how to get it there. */
export function EmptyState({ icon, title, children, action }: EmptyStateProps) {
  return (
    <div className="empty-state">
      <span className="empty-icon">
        <Icon name={icon} size={24} />
      </span>
      <h2 className="empty-title">{title}</h2>
      <div className="empty-text">{children}</div>
      {action ? <div className="empty-action">{action}</div> : null}
    </div>
  );
}

type LoadedProps<T> = { resource: Resource<T>; children: (data: NonNullable<T>) => ReactNode };

/** A resource's data drawn by `children`; until it has come, the loading state or its error with a retry. */
export function Loaded<T>({ resource, children }: LoadedProps<T>) {
  if (resource.data) return children(resource.data);
  return resource.error ? <ErrorState error={resource.error} onRetry={resource.reload} /> : <LoadingState />;
}

type LoadedPageProps<T> = LoadedProps<T> & { header: ReactNode; className?: string };

/** A page that waits on one resource: its header at once, the rest once the data has come. */
export function LoadedPage<T>({ header, className = "page", resource, children }: LoadedPageProps<T>) {
  return (
    <div className={className}>
      {header}
      <Loaded resource={resource}>{children}</Loaded>
    </div>
  );
}
