/**
 * Attacker: someone holding a workspace admin's API token (write scope), or running a webhook receiver.
 * Chain: (1) with the token, take the workspace's existing webhook: rotate its signing secret (shown once,
 * to them) and forge "signed" events to the company's receiver, or point it at an internal address;
 * (2) as a receiver, answer a delivery with a redirect to an internal service (the cloud metadata address)
 * so the server follows it.
 * Rule: the token boundary (a leaked token cannot mint secrets it never had, like it cannot mint tokens) and
 * the webhook address guard (no private address, no redirect followed).
 * Legitimate paths beside it: the token still reads and edits webhooks; the change is audited with the new
 * URL; a signed-in admin rotates the secret.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildOwner, type SignedInUser } from "../support/factories.js";
import { describeAttack } from "./support/attack-world.js";

describeAttack(
  "Webhooks: an admin API token takes over an endpoint; a receiver redirects the server inward",
  (w) => {
    let owner: SignedInUser & { orgId: string };
    let token: string;
    let webhookId: string;
    let receiver: Server;
    let internal: Server;
    let receiverUrl: string;
    let internalUrl: string;
    let internalHits = 0;
    const base = () => `/api/v1/orgs/${owner.orgId}/webhooks`;
    const bearer = () => {
      const c = w.current.client();
      c.bearer = token;
      return c;
    };

    beforeAll(async () => {
      internal = createServer((_req, res) => {
        internalHits++;
        res.end("internal secrets");
      });
      receiver = createServer((_req, res) => {
        res.writeHead(302, { location: internalUrl }).end();
      });
      for (const server of [internal, receiver]) {
        await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      }
      internalUrl = `http://127.0.0.1:${(internal.address() as AddressInfo).port}/latest/meta-data`;
      receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
      owner = await buildOwner(w.current);
      const created = await owner.client.post(base(), { url: receiverUrl, events: ["meeting.completed"] });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      webhookId = created.body.webhook.id;
      const minted = await owner.client.post("/api/v1/tokens", { name: "automation", scopes: ["read", "write"] });
      expect(minted.status, JSON.stringify(minted.body)).toBe(201);
      token = minted.body.token;
    });
    afterAll(async () => {
      for (const server of [internal, receiver]) {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
    });

    it("a token cannot rotate the signing secret (a secret it was never shown)", async () => {
      const rotated = await bearer().post(`${base()}/${webhookId}/rotate-secret`, {});
      expect(rotated.status, JSON.stringify(rotated.body)).toBe(403);
      expect(rotated.body.error.code).toBe("session_required");
      expect(JSON.stringify(rotated.body)).not.toMatch(/secret"\s*:/);
      // Legitimate: the signed-in admin can.
      const bySession = await owner.client.post(`${base()}/${webhookId}/rotate-secret`, {});
      expect(bySession.status).toBe(200);
      expect(typeof bySession.body.secret).toBe("string");
    });

    it("a token cannot point the endpoint at a private or link-local address", async () => {
      for (const url of ["https://169.254.169.254/latest", "https://10.0.0.1/hook", "https://metadata.internal/x"]) {
        const res = await bearer().patch(`${base()}/${webhookId}`, { url });
        expect(res.status, url).toBe(400);
      }
      // Legitimate: a public receiver; the change is audited with where deliveries go now.
      const moved = await bearer().patch(`${base()}/${webhookId}`, { url: "https://hooks.example.com/rapport" });
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
      const audit = await w.current.deps.db.kysely
        .selectFrom("auditEvents")
        .select("metadata")
        .where("action", "=", "webhook.updated")
        .execute();
      expect(audit.map((a) => JSON.parse(a.metadata ?? "{}"))).toContainEqual(
        expect.objectContaining({ fromUrl: receiverUrl, toUrl: "https://hooks.example.com/rapport" }),
      );
      expect((await bearer().patch(`${base()}/${webhookId}`, { url: receiverUrl })).status).toBe(200);
    });

    it("a receiver's redirect to an internal address is not followed", async () => {
      const sent = await owner.client.post(`${base()}/${webhookId}/test`, {});
      expect(sent.status, JSON.stringify(sent.body)).toBe(200);
      expect(sent.body.responseStatus).toBe(302);
      expect(internalHits, "requests that reached the internal service").toBe(0);
      expect(JSON.stringify(sent.body)).not.toContain("internal secrets");
    });
  },
  { webhooksAllowInsecureLoopback: true },
);
