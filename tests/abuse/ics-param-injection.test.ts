// Attacker: a teammate (any member in a 1:1 with the victim) who controls their own display name.
// Chain: rename yourself to `Tina";ROLE=CHAIR;X-INJECTED="1` -> the leader's calendar feed and the .ics
// attached to the scheduling e-mails put that name in CN="…" -> RFC 5545 has no escape inside a quoted
// parameter, so the DQUOTE ends CN and the rest becomes parameters of the victim's calendar entry
// (here ROLE=CHAIR; a parser that keeps to the RFC drops the attendee altogether).
// Rule: finding 13 — parameter values never carry DQUOTE, control characters or line breaks.
import { spawnSync } from "node:child_process";
import ICAL from "ical.js";
import { expect, it } from "vitest";
import { buildPair } from "../support/pairs.js";
import { readable } from "../support/smtp.js";
import { describeAttack } from "./support/attack-world.js";

const PYTHON = "/usr/bin/python3";
const pythonAvailable = spawnSync(PYTHON, ["-c", "import icalendar"]).status === 0;
if (!pythonAvailable && process.env.CI === "true") throw new Error("python3-icalendar is required in CI");

/** Organizer and attendee of each VEVENT as python-icalendar reads them (an independent, RFC-strict parser). */
const PY_PEOPLE = `
import json, sys
from icalendar import Calendar
out = []
for e in Calendar.from_ical(sys.stdin.read()).walk("VEVENT"):
    for name in ("ORGANIZER", "ATTENDEE"):
        v = e.get(name)
        out.append(None if v is None else {"prop": name, "value": str(v), "params": {k.upper(): str(p) for k, p in v.params.items()}})
print(json.dumps(out))
`;

type Person = { prop: string; value: string; params: Record<string, string> };

function peopleByPython(ics: string): Person[] {
  const result = spawnSync(PYTHON, ["-c", PY_PEOPLE], { input: ics, encoding: "utf8" });
  expect(result.stderr).toBe("");
  return JSON.parse(result.stdout);
}

function peopleByIcalJs(ics: string): Person[] {
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent");
  return events.flatMap((e) =>
    ["organizer", "attendee"].flatMap((name) =>
      e.getAllProperties(name).map((p) => {
        const [, params, , value] = p.toJSON() as [string, Record<string, string>, string, string];
        return {
          prop: name.toUpperCase(),
          value: String(value),
          params: Object.fromEntries(Object.entries(params).map(([k, v]) => [k.toUpperCase(), String(v)])),
        };
      }),
    ),
  );
}

const calendarOf = (raw: string) => {
  const text = readable(raw);
  const start = text.indexOf("BEGIN:VCALENDAR");
  return text.slice(start, text.indexOf("END:VCALENDAR", start) + "END:VCALENDAR".length);
};

describeAttack("ICS parameter injection through a display name", (w) => {
  const EVIL = 'Tina";ROLE=CHAIR;X-INJECTED="1\r\nATTENDEE:mailto:eve@evil.example';

  it("keeps a crafted name inside CN in the feed and in the .ics e-mails; a normal name is still in CN", async () => {
    const pair = await buildPair(w.current);
    expect((await pair.teammate.client.patch("/api/v1/me", { name: EVIL })).status).toBe(200);
    const { url } = (await pair.leader.client.get("/api/v1/calendar-feed")).body;
    const feed = await w.current.client().get(new URL(url).pathname);
    expect(feed.status).toBe(200);
    // A change of rhythm sends both people a new .ics.
    expect(
      (await pair.leader.client.patch(`/api/v1/one-on-ones/${pair.oneOnOneId}`, { cadence: { frequency: "biweekly" } }))
        .status,
    ).toBe(200);
    const mails = w.current.mail.filter((m) => m.to.includes(pair.leader.email) && m.raw.includes("BEGIN:VCALENDAR"));
    const attachment = calendarOf(mails[mails.length - 1]?.raw ?? "");
    expect(attachment).toContain("INTERVAL=2");

    for (const ics of [feed.body as string, attachment]) {
      const parsers: Array<[string, Person[]]> = [["ical.js", peopleByIcalJs(ics)]];
      if (pythonAvailable) parsers.push(["python-icalendar", peopleByPython(ics)]);
      for (const [parser, people] of parsers) {
        const attendees = people.filter((p) => p?.prop === "ATTENDEE");
        expect(attendees, parser).toHaveLength(1);
        const [attendee] = attendees as [Person];
        expect(attendee.value.toLowerCase(), parser).toBe(`mailto:${pair.teammate.email}`);
        expect(attendee.params.ROLE, parser).toBe("REQ-PARTICIPANT");
        expect(attendee.params["X-INJECTED"], parser).toBeUndefined();
        expect(attendee.params.CN, parser).toBe("Tina';ROLE=CHAIR;X-INJECTED='1 ATTENDEE:mailto:eve@evil.example");
        // The legitimate path: an ordinary name is still the organizer's CN.
        const organizer = people.find((p) => p?.prop === "ORGANIZER");
        expect(organizer?.params.CN, parser).toBe("Leo Leader");
        expect(
          people.some((p) => p?.value.toLowerCase().includes("eve@evil.example")),
          parser,
        ).toBe(false);
      }
    }
  });

  it("keeps control characters of a name out of SUMMARY, so one name cannot break the other person's calendar", async () => {
    const pair = await buildPair(w.current);
    expect((await pair.teammate.client.patch("/api/v1/me", { name: "Vera\u000bVT\u0007Bell\u2028Line" })).status).toBe(
      200,
    );
    const { url } = (await pair.leader.client.get("/api/v1/calendar-feed")).body;
    const ics = (await w.current.client().get(new URL(url).pathname)).body as string;
    // RFC 5545 TEXT holds no control character but HTAB.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this looks for
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f\u2028]/);
    const summary = new ICAL.Component(ICAL.parse(ics))
      .getFirstSubcomponent("vevent")
      ?.getFirstPropertyValue("summary");
    expect(summary).toBe("1:1 Leo Leader / Vera VT Bell Line");
    if (pythonAvailable) {
      const parsed = spawnSync(PYTHON, ["-c", PY_PEOPLE], { input: ics, encoding: "utf8" });
      expect(parsed.stderr).toBe("");
      expect(JSON.parse(parsed.stdout).find((p: Person | null) => p?.prop === "ATTENDEE")?.params.CN).toBe(
        "Vera VT Bell Line",
      );
    }
  });
});
