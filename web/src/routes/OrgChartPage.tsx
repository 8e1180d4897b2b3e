import { useMemo } from "react";
import { Link } from "wouter";
import { listPeople } from "../api/people.js";
import { Avatar } from "../components/Avatar.js";
import { Card } from "../components/Card.js";
import { buildTree } from "../components/chart/buildTree.js";
import { OrgTree } from "../components/chart/OrgTree.js";
import { Icon } from "../components/Icon.js";
import { PageHeader } from "../components/PageHeader.js";
import { ROLE_LABELS } from "../components/people/roleLabels.js";
import { EmptyState, LoadedPage } from "../components/States.js";
import { useDocumentTitle } from "../hooks/useDocumentTitle.js";
import { useResource } from "../hooks/useResource.js";
import { useI18n } from "../i18n/I18nProvider.js";
import { canManagePeople } from "../session/currentOrg.js";
import { useSignedIn } from "../session/SessionProvider.js";

/** The organization's reporting lines, drawn from each person's manager. */
export default function OrgChartPage() {
  const { t, tn } = useI18n();
  const { me, membership } = useSignedIn();
  const orgId = membership?.organization.id ?? "";
  const people = useResource(() => listPeople(orgId).then((r) => r.people), orgId);
  useDocumentTitle(t("chart.title"));

  const { tree, unplaced } = useMemo(() => {
    const forest = buildTree(people.data ?? []);
    return {
      tree: forest.filter((node) => node.children.length > 0),
      unplaced: forest.filter((node) => node.children.length === 0).map((node) => node.person),
    };
  }, [people.data]);

  const header = (
    <PageHeader
      title={t("chart.title")}
      description={t("chart.lead")}
      actions={
        <Link href="/people" className="btn btn-secondary">
          <Icon name="people" />
          {canManagePeople(membership) ? t("chart.editLines") : t("chart.backToPeople")}
        </Link>
      }
    />
  );

  return (
    <LoadedPage header={header} resource={people}>
      {() => (
        <>
          {tree.length === 0 ? (
            <EmptyState
              icon="tree"
              title={t("chart.empty.title")}
              action={
                canManagePeople(membership) ? (
                  <Link href="/people" className="btn btn-primary">
                    {t("chart.empty.action")}
                  </Link>
                ) : null
              }
            >
              <p>{canManagePeople(membership) ? t("chart.empty.adminText") : t("chart.empty.memberText")}</p>
            </EmptyState>
          ) : (
            <section className="card" aria-labelledby="tree-title">
              <h2 id="tree-title" className="card-title">
                {t("chart.linesTitle")}
              </h2>
              <OrgTree forest={tree} label={t("chart.linesTitle")} viewerId={me.user.id} />
            </section>
          )}
          {unplaced.length > 0 ? (
            <Card
              titleId="unplaced-title"
              title={t("chart.unplaced.title")}
              lead={tn("chart.unplaced.count", unplaced.length)}
              kind="section"
            >
              <ul className="chip-list">
                {unplaced.map((person) => (
                  <li key={person.userId} className="chip">
                    <Avatar name={person.name} seed={person.userId} size="sm" />
                    <span>
                      <span className="chip-name">{person.name}</span>
                      <span className="chip-meta">{t(ROLE_LABELS[person.role])}</span>
                    </span>
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
        </>
      )}
    </LoadedPage>
  );
}
