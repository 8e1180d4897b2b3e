import { describe, expect, it } from "vitest";
import { createTranslator } from "../../../../shared/i18n/translate.js";
import { AUDIT_ACTIONS, type AuditEvent } from "../../../../shared/schemas/audit.js";
import { LOCALES } from "../../../../shared/schemas/common.js";
import { describeAuditEvent } from "./describeAuditEvent.js";

const event = (action: AuditEvent["action"], over: Partial<AuditEvent> = {}): AuditEvent => ({
  id: "e1",
  action,
  createdAt: "2026-03-02T09:00:00.000Z",
  ip: "203.0.113.7",
  actor: { id: "u1", name: "Ada Admin" },
  target: { type: "user", id: "u2", name: "Cole Colleague", pair: { leaderName: "Leo", teammateName: "Tina" } },
  change: { from: "member", to: "admin" },
  ...over,
});

describe("describeAuditEvent", () => {
  it("has a finished sentence for every action in every language", () => {
    for (const locale of LOCALES) {
      const t = createTranslator(locale);
      for (const action of AUDIT_ACTIONS) {
        const text = describeAuditEvent(t, event(action));
        expect(text, `${locale} ${action}`).not.toMatch(/[{}]|audit\./);
        // A refused single sign-on has no account behind it, so nobody to name.
        if (action !== "sso.sign_in.failure") expect(text, `${locale} ${action}`).toContain("Ada Admin");
      }
    }
  });

  it("names roles, managers and status changes in the reader's language", () => {
    const en = createTranslator("en");
    expect(describeAuditEvent(en, event("member.role_changed"))).toBe(
      "Ada Admin changed the role of Cole Colleague from Member to Admin",
    );
    expect(describeAuditEvent(createTranslator("pt-BR"), event("member.role_changed"))).toContain(
      "de Membro para Administrador",
    );
    expect(describeAuditEvent(en, event("member.manager_changed", { change: { from: null, to: "Leo" } }))).toBe(
      "Ada Admin changed the manager of Cole Colleague from no manager to Leo",
    );
    expect(
      describeAuditEvent(en, event("member.status_changed", { change: { from: "active", to: "deactivated" } })),
    ).toBe("Ada Admin deactivated Cole Colleague");
    expect(
      describeAuditEvent(en, event("member.status_changed", { change: { from: "deactivated", to: "active" } })),
    ).toBe("Ada Admin reactivated Cole Colleague");
  });

  it("falls back gracefully when a person no longer exists", () => {
    const en = createTranslator("en");
    expect(describeAuditEvent(en, event("sign_in.success", { actor: null }))).toBe("Someone signed in");
    expect(
      describeAuditEvent(
        en,
        event("invitation.revoked", { target: { type: "invitation", id: "i", name: null, pair: null } }),
      ),
    ).toBe("Ada Admin revoked the invitation of a former member");
  });
});
