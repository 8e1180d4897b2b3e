import type { OneOnOne } from "../../../shared/schemas/one-on-ones.js";
import { listOneOnOnes } from "../api/oneOnOnes.js";
import { OneOnOneRow } from "../components/oneonone/OneOnOneRow.js";
import { StartOneOnOne } from "../components/oneonone/StartOneOnOne.js";
import { PageHeader } from "../components/PageHeader.js";
import { EmptyState, ErrorState, LoadingState } from "../components/States.js";
import { useDocumentTitle } from "../hooks/useDocumentTitle.js";
import { useResource } from "../hooks/useResource.js";
import { useI18n } from "../i18n/I18nProvider.js";
import { useSignedIn } from "../session/SessionProvider.js";

const nextTime = (s: OneOnOne) =>
  s.status === "ended" ? Number.POSITIVE_INFINITY : s.nextMeeting ? Date.parse(s.nextMeeting.scheduledAt) : 8e15;

/** Every 1:1 I'm in: the ones I lead, then the ones where I'm the teammate; ended ones last. */
export default function OneOnOnesPage() {
  const { t, tn } = useI18n();
  const { me, membership } = useSignedIn();
  const orgId = membership?.organization.id ?? "";
  const data = useResource(() => listOneOnOnes().then((r) => r.oneOnOnes), orgId);
  useDocumentTitle(t("nav.oneOnOnes"));

  const all = (data.data ?? []).filter((s) => s.organizationId === orgId).sort((a, b) => nextTime(a) - nextTime(b));
  const leading = all.filter((s) => s.leader.id === me.user.id);
  const joining = all.filter((s) => s.leader.id !== me.user.id);
  const start = <StartOneOnOne />;

  const list = (title: string, id: string, items: OneOnOne[], lead: string) =>
    items.length > 0 ? (
      <section className="section" aria-labelledby={id}>
        <div className="section-header">
          <h2 id={id}>{title}</h2>
          <p className="muted">{lead}</p>
        </div>
        <ul className="1:1-list">
          {items.map((oneOnOne) => (
            <OneOnOneRow key={oneOnOne.id} oneOnOne={oneOnOne} meId={me.user.id} />
          ))}
        </ul>
      </section>
    ) : null;

  return (
    <div className="page">
      <PageHeader
        title={t("oneOnOnes.title")}
        description={data.data && all.length > 0 ? tn("oneOnOnes.count", all.length) : t("oneOnOnes.lead")}
        actions={start}
      />
      {!data.data ? (
        data.error ? (
          <ErrorState error={data.error} onRetry={data.reload} />
        ) : (
          <LoadingState />
        )
      ) : all.length === 0 ? (
        <EmptyState icon="chat" title={t("oneOnOnes.empty.title")} action={start}>
          <p>{t("oneOnOnes.empty.text")}</p>
          <p>{t("oneOnOnes.empty.teammate")}</p>
        </EmptyState>
      ) : (
        <>
          {list(t("oneOnOnes.leading"), "leading-title", leading, t("oneOnOnes.leadingLead"))}
          {list(t("oneOnOnes.joining"), "joining-title", joining, t("oneOnOnes.joiningLead"))}
        </>
      )}
    </div>
  );
}
