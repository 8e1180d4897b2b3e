// Attacker: someone holding an API token (leaked from a script's configuration).
// Chain: open a meeting's live channel with the token and write the shared notes, or read them as they are
// typed: with a read-only token, with a token of someone outside the pair, with a token revoked meanwhile.
// Rule (ADR 0009, P1): the live channel edits notes, so it takes a `write` token of one of the two
// participants only; a read token is refused before the upgrade, and a revoked token's socket closes at once.
import { afterAll, expect, it } from "vitest";
import { CLOSE_UNAUTHORIZED } from "../../server/live/hub.js";
import { LiveClient } from "../support/live-client.js";
import { openLiveSocket } from "../support/live-connect.js";
import { buildPair, type PairWorld } from "../support/pairs.js";
import { describeAttack } from "./support/attack-world.js";

describeAttack("API tokens on the live channel", (w) => {
  let p: PairWorld;
  const clients: LiveClient[] = [];
  const open = (headers: Record<string, string>) => openLiveSocket(w.current.baseUrl, p.meetingId, headers);
  afterAll(() => {
    for (const client of clients) client.detach();
  });

  it("refuses a read token and a stranger's write token before the upgrade; a participant's write token works", async () => {
    p = await buildPair(w.current);
    const read = await p.teammate.client.post("/api/v1/tokens", { name: "reporting" });
    await expect(open({ authorization: `Bearer ${read.body.token}` })).rejects.toThrow(/403/);
    const stranger = await p.colleague.client.post("/api/v1/tokens", { name: "sync", scopes: ["write"] });
    await expect(open({ authorization: `Bearer ${stranger.body.token}` })).rejects.toThrow(/404/);

    const leader = new LiveClient().attach(
      await open({ cookie: p.leader.client.sessionCookie ?? "", origin: w.current.baseUrl }),
    );
    const write = await p.teammate.client.post("/api/v1/tokens", { name: "notes bot", scopes: ["write"] });
    const bot = new LiveClient().attach(await open({ authorization: `Bearer ${write.body.token}` }));
    clients.push(leader, bot);
    bot.text.insert(0, "From the bot");
    await leader.waitFor(() => leader.text.toString() === "From the bot", "the bot's note");

    expect((await p.teammate.client.delete(`/api/v1/tokens/${write.body.id}`)).status).toBe(204);
    await bot.waitFor(() => bot.closeCode !== null, "the revoked token's socket to close");
    expect(bot.closeCode).toBe(CLOSE_UNAUTHORIZED);
    await expect(open({ authorization: `Bearer ${write.body.token}` })).rejects.toThrow(/401/);
  });
});
