import type { OperationExamples } from "./types.js";

/** Examples for the audit log: events and names only, never what anyone wrote. */
export const auditExamples: OperationExamples = {
  "GET /api/v1/orgs/:orgId/audit": {
    response: {
      events: [
        {
          id: "0b9b6f0e-3c55-4a57-9d0e-6f1d2f7c9a10",
          action: "member.role_changed",
          createdAt: "2026-03-03T10:15:00.000Z",
          ip: "203.0.113.7",
          actor: { id: "61ac8b58-7126-49fc-aa73-2df015c6fad5", name: "Ana Souza" },
          target: { type: "user", id: "1ea2e11c-7978-44c6-b784-ba95e686304e", name: "Bruno Lima", pair: null },
          change: { from: "member", to: "admin" },
        },
        {
          id: "7d1c8e2a-5f4b-4b8e-a1c3-2e9d0f6b4a21",
          action: "meeting.completed",
          createdAt: "2026-03-02T09:31:00.000Z",
          ip: "203.0.113.7",
          actor: { id: "61ac8b58-7126-49fc-aa73-2df015c6fad5", name: "Ana Souza" },
          target: {
            type: "meeting",
            id: "007bad3f-30c4-458b-8811-32ba613fb5b1",
            name: null,
            pair: { leaderName: "Ana Souza", teammateName: "Bruno Lima" },
          },
          change: null,
        },
      ],
      nextCursor: "MjAyNi0wMy0wMlQwOTozMTowMC4wMDBafDdkMWM4ZTJh",
    },
  },
};
