import type { OperationExamples } from "./types.js";

/** Examples for the one-on-ones operations, captured from the test suite's real answers. */
export const oneOnOnesExamples: OperationExamples = {
  "POST /api/v1/one-on-ones": {
    body: {
      teammateId: "82aab1b2-7c73-452a-926c-2e7153d92cd3",
      kind: "manager",
      cadence: {
        frequency: "weekly",
      },
      firstMeetingAt: "2026-03-03T09:00:00.000Z",
      timezone: "UTC",
      durationMinutes: 30,
      templateId: "573b497c-d10a-4d6c-9b19-2b8ad9ba78e4",
    },
    response: {
      id: "436ed0fe-1b9f-47b0-9505-b0ed2ddc9946",
      organizationId: "4a12840c-3153-496d-bd21-299655143f5d",
      leader: {
        id: "e79cbe6c-2e4b-4fe8-9e3d-71b743294bfd",
        name: "Leo Leader",
        email: "member-bdecc1da@example.com",
      },
      teammate: {
        id: "82aab1b2-7c73-452a-926c-2e7153d92cd3",
        name: "Cole Colleague",
        email: "member-1c2b0046@example.com",
      },
      kind: "manager",
      cadence: {
        frequency: "weekly",
        weekday: "TU",
      },
      firstMeetingAt: "2026-03-03T09:00:00.000Z",
      timezone: "UTC",
      durationMinutes: 30,
      templateId: "573b497c-d10a-4d6c-9b19-2b8ad9ba78e4",
      status: "active",
      reminderMinutesBefore: 1440,
      nextMeeting: {
        id: "99309a58-7148-4b8f-85e6-c0debfacae38",
        scheduledAt: "2026-03-03T09:00:00.000Z",
        status: "scheduled",
      },
      lastMeeting: null,
      createdAt: "2026-03-02T09:00:00.000Z",
    },
  },
  "GET /api/v1/one-on-ones": {
    response: {
      oneOnOnes: [
        {
          id: "6e40a621-c2c3-4838-8367-20c261f6dc74",
          organizationId: "4d75c84a-d709-45ea-9e66-c5739319d9f3",
          leader: {
            id: "e78fef84-539a-4682-bcaa-cc21f0827996",
            name: "Leo Leader",
            email: "member-c08e9d64@example.com",
          },
          teammate: {
            id: "5a458396-d88a-4a32-8aec-9603563c2937",
            name: "Tina Teammate",
            email: "member-608a13ac@example.com",
          },
          kind: "manager",
          cadence: {
            frequency: "weekly",
            weekday: "TU",
          },
          firstMeetingAt: "2026-03-03T09:00:00.000Z",
          timezone: "UTC",
          durationMinutes: 45,
          templateId: null,
          status: "active",
          reminderMinutesBefore: 1440,
          nextMeeting: {
            id: "3228846b-e0ab-4fb2-aa00-df8ebc44e940",
            scheduledAt: "2026-03-03T09:00:00.000Z",
            status: "scheduled",
          },
          lastMeeting: null,
          createdAt: "2026-03-02T09:00:00.000Z",
        },
        {
          id: "24cf92d3-390c-42ad-8b07-59400ea40b07",
          organizationId: "4d75c84a-d709-45ea-9e66-c5739319d9f3",
          leader: {
            id: "39d89753-b0a8-42f7-b0f1-72ee081b17fb",
            name: "Nora New",
            email: "member-14e95436@example.com",
          },
          teammate: {
            id: "5a458396-d88a-4a32-8aec-9603563c2937",
            name: "Tina Teammate",
            email: "member-608a13ac@example.com",
          },
          kind: "manager",
          cadence: {
            frequency: "weekly",
            weekday: "WE",
          },
          firstMeetingAt: "2026-03-04T09:00:00.000Z",
          timezone: "UTC",
          durationMinutes: 30,
          templateId: null,
          status: "active",
          reminderMinutesBefore: 1440,
          nextMeeting: {
            id: "760d11a9-2972-49d7-a315-5d294ca2623c",
            scheduledAt: "2026-03-04T09:00:00.000Z",
            status: "scheduled",
          },
          lastMeeting: null,
          createdAt: "2026-03-02T09:00:00.000Z",
        },
      ],
    },
  },
  "GET /api/v1/one-on-ones/:id": {
    response: {
      id: "ddb31da5-c4ed-4fb9-b8f3-90d95537071d",
      organizationId: "ada0480e-e761-4148-ad2e-21ae5442faff",
      leader: {
        id: "761e813a-4c3e-44e1-ab8b-a9bad618ae07",
        name: "Leo Leader",
        email: "member-674662d6@example.com",
      },
      teammate: {
        id: "1ea2e11c-7978-44c6-b784-ba95e686304e",
        name: "Tina Teammate",
        email: "member-de9bc93d@example.com",
      },
      kind: "manager",
      cadence: {
        frequency: "weekly",
        weekday: "TU",
      },
      firstMeetingAt: "2026-03-03T09:00:00.000Z",
      timezone: "UTC",
      durationMinutes: 45,
      templateId: null,
      status: "active",
      reminderMinutesBefore: 1440,
      nextMeeting: {
        id: "578613a5-7b54-4101-8caa-4bb90516b1b1",
        scheduledAt: "2026-03-03T09:00:00.000Z",
        status: "scheduled",
      },
      lastMeeting: null,
      createdAt: "2026-03-02T09:00:00.000Z",
      standingItems: [],
      openActions: [],
      goals: [
        {
          id: "f7ce5e05-4771-4d5a-9e64-5906af486459",
          oneOnOneId: "ddb31da5-c4ed-4fb9-b8f3-90d95537071d",
          teammateId: "1ea2e11c-7978-44c6-b784-ba95e686304e",
          title: "Lead a design review",
          why: "Grow towards senior",
          targetDate: "2026-06-30",
          status: "active",
          createdAt: "2026-03-02T09:00:00.000Z",
          updatedAt: "2026-03-02T09:00:00.000Z",
          progress: [
            {
              id: "0812c286-91eb-4f84-88f1-39039e0cfc00",
              meetingId: "578613a5-7b54-4101-8caa-4bb90516b1b1",
              authorId: "761e813a-4c3e-44e1-ab8b-a9bad618ae07",
              body: "Shadowed the API review",
              createdAt: "2026-03-02T09:00:00.000Z",
            },
          ],
          actionCount: 1,
          doneActionCount: 1,
        },
      ],
    },
  },
  "PATCH /api/v1/one-on-ones/:id": {
    body: {
      cadence: {
        frequency: "biweekly",
      },
      nextMeetingAt: "2026-03-12T09:00:00.000Z",
    },
    response: {
      id: "70950eb2-8975-45d3-8615-f8fa02e81fe5",
      organizationId: "5060879e-5747-4099-8d5a-84b52051b16b",
      leader: {
        id: "de666aaa-1d1b-4930-bc14-68f72814924e",
        name: "Leo Leader",
        email: "member-eeb179c1@example.com",
      },
      teammate: {
        id: "65e88dc9-b262-4caf-ac56-828ba3580b96",
        name: "Tina Teammate",
        email: "member-69d87bd1@example.com",
      },
      kind: "manager",
      cadence: {
        frequency: "biweekly",
        weekday: "TH",
      },
      firstMeetingAt: "2026-03-03T09:00:00.000Z",
      timezone: "UTC",
      durationMinutes: 45,
      templateId: null,
      status: "active",
      reminderMinutesBefore: 1440,
      nextMeeting: {
        id: "a0b98fc8-ce6a-4800-9da1-5c657d41518b",
        scheduledAt: "2026-03-12T09:00:00.000Z",
        status: "scheduled",
      },
      lastMeeting: {
        id: "9dc255e9-53ad-40dd-9209-67668e41e563",
        scheduledAt: "2026-03-03T09:00:00.000Z",
        status: "completed",
      },
      createdAt: "2026-03-02T09:00:00.000Z",
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
