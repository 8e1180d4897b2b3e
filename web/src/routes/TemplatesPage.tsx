import { useState } from "react";
import type { Template } from "../../../shared/schemas/templates.js";
import { errorMessage } from "../api/errorMessage.js";
import { listTemplates, updateTemplate } from "../api/templates.js";
import { Icon } from "../components/Icon.js";
import { PageHeader } from "../components/PageHeader.js";
import { Loaded } from "../components/States.js";
import { useToast } from "../components/Toasts.js";
import { TemplateCard } from "../components/templates/TemplateCard.js";
import { type EditorTarget, TemplateEditorDialog } from "../components/templates/TemplateEditorDialog.js";
import { useDocumentTitle } from "../hooks/useDocumentTitle.js";
import { useResource } from "../hooks/useResource.js";
import { useI18n } from "../i18n/I18nProvider.js";
import { canManagePeople } from "../session/currentOrg.js";
import { useSignedIn } from "../session/SessionProvider.js";
import "../styles/templates.css";

/** The default template, the workspace's and my own: view, create, edit, duplicate, archive. */
export default function TemplatesPage() {
  const { t } = useI18n();
  const toast = useToast();
  const { me, membership } = useSignedIn();
  const orgId = membership?.organization.id ?? "";
  const isAdmin = canManagePeople(membership);
  const data = useResource(() => listTemplates(orgId, true).then((r) => r.templates), orgId);
  const [editor, setEditor] = useState<EditorTarget | null>(null);
  useDocumentTitle(t("nav.templates"));

  const templates = data.data ?? [];
  const canEdit = (tpl: Template) =>
    tpl.scope === "organization" ? isAdmin : tpl.scope === "personal" && tpl.ownerId === me.user.id;
  const replace = (next: Template) =>
    data.setData((list) => {
      const current = list ?? [];
      return current.some((tpl) => tpl.id === next.id)
        ? current.map((tpl) => (tpl.id === next.id ? next : tpl))
        : [...current, next];
    });

  const archive = async (template: Template, archived: boolean) => {
    replace({ ...template, archived });
    try {
      replace((await updateTemplate(template.id, { archived })).template);
      toast.success(t(archived ? "templates.toast.archived" : "templates.toast.unarchived", { name: template.name }));
    } catch (error) {
      replace(template);
      toast.error(errorMessage(t, error));
    }
  };

  const group = (title: string, lead: string, items: Template[], empty?: string) => (
    <section className="section" aria-label={title}>
      <div className="section-header">
        <h2>{title}</h2>
        <p className="muted">{lead}</p>
      </div>
      {items.length > 0 ? (
        <ul className="template-list">
          {items.map((template) => (
            <TemplateCard
              key={template.id}
              template={template}
              canEdit={canEdit(template)}
              onDuplicate={() =>
                setEditor({
                  mode: "create",
                  name: t("templates.copyOf", { name: template.name }),
                  sections: template.sections,
                })
              }
              onEdit={() => setEditor({ mode: "edit", template })}
              onArchive={(archived) => void archive(template, archived)}
            />
          ))}
        </ul>
      ) : empty ? (
        <p className="muted card-empty">{empty}</p>
      ) : null}
    </section>
  );

  const active = templates.filter((tpl) => !tpl.archived);
  const archived = templates.filter((tpl) => tpl.archived && canEdit(tpl));
  return (
    <div className="page">
      <PageHeader
        title={t("templates.title")}
        description={t("templates.lead")}
        actions={
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => setEditor({ mode: "create", name: "", sections: [] })}
          >
            <Icon name="plus" />
            {t("templates.new")}
          </button>
        }
      />
      <Loaded resource={data}>
        {() => (
          <>
            {group(
              t("templates.group.system"),
              t("templates.systemLead"),
              active.filter((tpl) => tpl.scope === "system"),
            )}
            {group(
              t("templates.group.organization"),
              isAdmin ? t("templates.orgLeadAdmin") : t("templates.orgLead"),
              active.filter((tpl) => tpl.scope === "organization"),
              t("templates.orgEmpty"),
            )}
            {group(
              t("templates.group.personal"),
              t("templates.personalLead"),
              active.filter((tpl) => tpl.scope === "personal" && tpl.ownerId === me.user.id),
              t("templates.personalEmpty"),
            )}
            {archived.length > 0 ? group(t("templates.archivedTitle"), t("templates.archivedLead"), archived) : null}
          </>
        )}
      </Loaded>
      <TemplateEditorDialog
        target={editor}
        orgId={orgId}
        isAdmin={isAdmin}
        onClose={() => setEditor(null)}
        onSaved={replace}
      />
    </div>
  );
}
