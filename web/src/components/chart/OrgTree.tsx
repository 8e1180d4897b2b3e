import { type KeyboardEvent, useMemo, useRef, useState } from "react";
import { useI18n } from "../../i18n/I18nProvider.js";
import { Avatar } from "../Avatar.js";
import { Icon } from "../Icon.js";
import { ROLE_LABELS } from "../people/roleLabels.js";
import { type TreeNode, teamSize, visibleNodes } from "./buildTree.js";

type OrgTreeProps = { forest: TreeNode[]; label: string; viewerId: string };

function allParents(forest: TreeNode[]): Set<string> {
  const ids = new Set<string>();
  const walk = (nodes: TreeNode[]) => {
    for (const node of nodes) {
      if (node.children.length > 0) ids.add(node.person.userId);
      walk(node.children);
    }
  };
  walk(forest);
  return ids;
}

/**
 * The reporting lines as an ARIA tree: arrows move and open/close branches,
 * Home/End jump, Enter toggles, typing a letter jumps to the next matching name.
 */
export function OrgTree({ forest, label, viewerId }: OrgTreeProps) {
  const { t, tn } = useI18n();
  const [expanded, setExpanded] = useState<Set<string>>(() => allParents(forest));
  const [focusedId, setFocusedId] = useState<string | null>(forest[0]?.person.userId ?? null);
  const refs = useRef(new Map<string, HTMLDivElement>());
  const visible = useMemo(() => visibleNodes(forest, expanded), [forest, expanded]);
  const parents = useMemo(() => allParents(forest), [forest]);
  const activeId = visible.some((n) => n.person.userId === focusedId) ? focusedId : visible[0]?.person.userId;

  const focus = (id: string | undefined) => {
    if (!id) return;
    setFocusedId(id);
    refs.current.get(id)?.focus();
  };
  const toggle = (id: string, open?: boolean) =>
    setExpanded((set) => {
      const next = new Set(set);
      const shouldOpen = open ?? !next.has(id);
      if (shouldOpen) next.add(id);
      else next.delete(id);
      return next;
    });

  const onKeyDown = (event: KeyboardEvent, node: TreeNode) => {
    const id = node.person.userId;
    const index = visible.findIndex((n) => n.person.userId === id);
    const hasChildren = node.children.length > 0;
    const isOpen = expanded.has(id);
    let handled = true;
    switch (event.key) {
      case "ArrowDown":
        focus(visible[index + 1]?.person.userId);
        break;
      case "ArrowUp":
        focus(visible[index - 1]?.person.userId);
        break;
      case "ArrowRight":
        if (hasChildren && !isOpen) toggle(id, true);
        else if (hasChildren) focus(node.children[0]?.person.userId);
        break;
      case "ArrowLeft":
        if (hasChildren && isOpen) toggle(id, false);
        else focus(node.parentId ?? undefined);
        break;
      case "Home":
        focus(visible[0]?.person.userId);
        break;
      case "End":
        focus(visible[visible.length - 1]?.person.userId);
        break;
      case "Enter":
      case " ":
        if (hasChildren) toggle(id);
        break;
      default:
        if (event.key.length === 1 && /\S/.test(event.key)) {
          const letter = event.key.toLowerCase();
          const ordered = [...visible.slice(index + 1), ...visible.slice(0, index + 1)];
          focus(ordered.find((n) => n.person.name.toLowerCase().startsWith(letter))?.person.userId);
        } else {
          handled = false;
        }
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  const renderNodes = (nodes: TreeNode[]) =>
    nodes.map((node, index) => {
      const { person } = node;
      const hasChildren = node.children.length > 0;
      const isOpen = expanded.has(person.userId);
      const labelId = `org-node-${person.userId}`;
      return (
        <div
          key={person.userId}
          ref={(element) => {
            if (element) refs.current.set(person.userId, element);
            else refs.current.delete(person.userId);
          }}
          role="treeitem"
          aria-labelledby={labelId}
          aria-level={node.level}
          aria-setsize={nodes.length}
          aria-posinset={index + 1}
          aria-expanded={hasChildren ? isOpen : undefined}
          aria-selected={activeId === person.userId}
          tabIndex={activeId === person.userId ? 0 : -1}
          className="tree-item"
          onKeyDown={(event) => onKeyDown(event, node)}
          onClick={(event) => {
            event.stopPropagation();
            focus(person.userId);
            if (hasChildren) toggle(person.userId);
          }}
          onFocus={(event) => {
            if (event.target === event.currentTarget) setFocusedId(person.userId);
          }}
        >
          <div className={`tree-node${person.userId === viewerId ? " tree-node-me" : ""}`}>
            <span className={`tree-toggle${isOpen ? " tree-toggle-open" : ""}`} aria-hidden="true">
              {hasChildren ? <Icon name="chevron" size={16} /> : null}
            </span>
            <Avatar name={person.name} seed={person.userId} size="sm" />
            <span id={labelId} className="tree-label">
              <span className="tree-name">{person.name}</span>
              <span className="tree-meta">
                {t(ROLE_LABELS[person.role])}
                {hasChildren ? ` · ${tn("chart.team", teamSize(node))}` : ""}
              </span>
            </span>
            {person.userId === viewerId ? <span className="badge badge-accent">{t("people.you")}</span> : null}
          </div>
          {hasChildren && isOpen ? (
            // biome-ignore lint/a11y/useSemanticElements: a branch of an ARIA tree is role="group", not a fieldset.
            <div role="group" className="tree-group">
              {renderNodes(node.children)}
            </div>
          ) : null}
        </div>
      );
    });

  return (
    <div className="tree-wrap">
      <div className="tree-tools">
        <button type="button" className="btn btn-ghost btn-sm" onClick={() => setExpanded(new Set(parents))}>
          {t("chart.expandAll")}
        </button>
        <button type="button" className="btn btn-ghost btn-sm" onClick={() => setExpanded(new Set())}>
          {t("chart.collapseAll")}
        </button>
      </div>
      <div role="tree" aria-label={label} className="tree">
        {renderNodes(forest)}
      </div>
      <p className="field-hint tree-help">{t("chart.keyboardHelp")}</p>
    </div>
  );
}
