import { goalWithProgress } from "./goals.js";
import type { OperationExamples } from "./types.js";

const leo = { id: "761e813a-4c3e-44e1-ab8b-a9bad618ae07", name: "Leo Leader", email: "member-674662d6@example.com" };
const tina = {
  id: "1ea2e11c-7978-44c6-b784-ba95e686304e",
  name: "Tina Teammate",
  email: "member-de9bc93d@example.com",
};

/** Leo's weekly 1:1 with Tina, as the list and the page show it; the examples below vary it. */
const oneOnOne = {
  id: "ddb31da5-c4ed-4fb9-b8f3-90d95537071d",
  organizationId: "ada0480e-e761-4148-ad2e-21ae5442faff",
  leader: leo,
  teammate: tina,
  kind: "manager",
  cadence: { frequency: "weekly", weekday: "TU" },
  firstMeetingAt: "2026-03-03T09:00:00.000Z",
  timezone: "UTC",
  durationMinutes: 45,
  templateId: null as string | null,
  status: "active",
  reminderMinutesBefore: 1440,
  nextMeeting: {
    id: "578613a5-7b54-4101-8caa-4bb90516b1b1",
    scheduledAt: "2026-03-03T09:00:00.000Z",
    status: "scheduled",
  },
  lastMeeting: null as { id: string; scheduledAt: string; status: string; heldAt: string } | null,
  createdAt: "2026-03-02T09:00:00.000Z",
};

/** Examples for the one-on-ones operations, captured from the test suite's real answers. */
export const oneOnOnesExamples: OperationExamples = {
  "POST /api/v1/one-on-ones": {
    body: {
      teammateId: "82aab1b2-7c73-452a-926c-2e7153d92cd3",
      kind: "manager",
      cadence: { frequency: "weekly" },
      firstMeetingAt: "2026-03-03T09:00:00.000Z",
      timezone: "UTC",
      durationMinutes: 30,
      templateId: "573b497c-d10a-4d6c-9b19-2b8ad9ba78e4",
    },
    response: {
      ...oneOnOne,
      id: "436ed0fe-1b9f-47b0-9505-b0ed2ddc9946",
      teammate: {
        id: "82aab1b2-7c73-452a-926c-2e7153d92cd3",
        name: "Cole Colleague",
        email: "member-1c2b0046@example.com",
      },
      durationMinutes: 30,
      templateId: "573b497c-d10a-4d6c-9b19-2b8ad9ba78e4",
      nextMeeting: { ...oneOnOne.nextMeeting, id: "99309a58-7148-4b8f-85e6-c0debfacae38" },
    },
  },
  "GET /api/v1/one-on-ones": {
    response: {
      oneOnOnes: [
        oneOnOne,
        {
          ...oneOnOne,
          id: "24cf92d3-390c-42ad-8b07-59400ea40b07",
          leader: {
            id: "39d89753-b0a8-42f7-b0f1-72ee081b17fb",
            name: "Nora New",
            email: "member-14e95436@example.com",
          },
          cadence: { frequency: "weekly", weekday: "WE" },
          firstMeetingAt: "2026-03-04T09:00:00.000Z",
          durationMinutes: 30,
          nextMeeting: {
            id: "760d11a9-2972-49d7-a315-5d294ca2623c",
            scheduledAt: "2026-03-04T09:00:00.000Z",
            status: "scheduled",
          },
        },
      ],
    },
  },
  "GET /api/v1/one-on-ones/:id": {
    response: { ...oneOnOne, standingItems: [], openActions: [], goals: [goalWithProgress] },
  },
  "PATCH /api/v1/one-on-ones/:id": {
    body: {
      cadence: { frequency: "biweekly" },
      nextMeetingAt: "2026-03-12T09:00:00.000Z",
    },
    response: {
      ...oneOnOne,
      cadence: { frequency: "biweekly", weekday: "TH" },
      nextMeeting: {
        id: "a0b98fc8-ce6a-4800-9da1-5c657d41518b",
        scheduledAt: "2026-03-12T09:00:00.000Z",
        status: "scheduled",
      },
      lastMeeting: { ...oneOnOne.nextMeeting, status: "completed", heldAt: "2026-03-03T09:41:00.000Z" },
    },
  },
  "PUT /api/v1/one-on-ones/:id/rating-sharing": {
    body: { sharedWithLeader: true },
    response: { sharedWithLeader: true, canChange: true },
  },
  "POST /api/v1/one-on-ones/:id/standing-items": {
    body: {
      body: "Team health",
      sectionKey: "check_in",
    },
    response: {
      id: "dc243547-5fe6-4863-9136-401468cd9dcf",
      sectionKey: "check_in",
      body: "Team health",
      authorId: "e85dfe6c-627d-4ec7-8de6-7878fb76bd3f",
      createdAt: "2026-03-02T09:00:00.000Z",
    },
  },
};
