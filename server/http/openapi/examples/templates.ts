import type { OperationExamples } from "./types.js";

/** The first sections of the built-in template, as a meeting shows them too. */
export const defaultSections = [
  {
    key: "check_in",
    title: "Human check-in",
    minutes: 5,
    prompts: ["How are you, really, this week?", "What gave you energy lately, and what drained it?"],
  },
  {
    key: "progress",
    title: "Progress and obstacles",
    minutes: 15,
    prompts: ["What went well since we last talked?", "Where did you get stuck, and what did you learn from it?"],
  },
];

/** The sections of a personal template, as sent and as answered. */
const mySections = [
  { key: "wins", title: "Wins", minutes: 5, prompts: ["What went well?"] },
  { key: "blockers", title: "Blockers", minutes: 10, prompts: [] },
];

/** Examples for the templates operations, captured from the test suite's real answers. */
export const templatesExamples: OperationExamples = {
  "GET /api/v1/orgs/:orgId/templates": {
    response: {
      templates: [
        {
          id: "system-default",
          name: "Rapport 1:1 (five parts)",
          scope: "system",
          sections: defaultSections,
          ownerId: null,
          archived: false,
          createdAt: null,
          updatedAt: null,
        },
        {
          id: "df7950ba-ea55-4416-b517-08d81618df70",
          name: "Engineering 1:1",
          scope: "organization",
          sections: [
            {
              key: "wins",
              title: "Wins",
              minutes: 5,
              prompts: ["What went well?"],
            },
            {
              key: "blockers",
              title: "Blockers",
              minutes: 10,
              prompts: [],
            },
          ],
          ownerId: null,
          archived: false,
          createdAt: "2026-03-02T09:00:00.000Z",
          updatedAt: "2026-03-02T09:00:00.000Z",
        },
      ],
    },
  },
  "POST /api/v1/orgs/:orgId/templates": {
    body: {
      name: "My style",
      scope: "personal",
      sections: mySections,
    },
    response: {
      template: {
        id: "bd7ffff3-a991-4553-b513-4df2e08a6eca",
        name: "My style",
        scope: "personal",
        sections: mySections,
        ownerId: "11d59af6-ce46-4f18-bded-d87bfdde9f54",
        archived: false,
        createdAt: "2026-03-02T09:00:00.000Z",
        updatedAt: "2026-03-02T09:00:00.000Z",
      },
    },
  },
  "PATCH /api/v1/templates/:id": {
    body: {
      name: "Team v2",
      sections: [
        {
          key: "focus",
          title: "Focus",
          minutes: 20,
          prompts: ["One thing only"],
        },
      ],
    },
    response: {
      template: {
        id: "573b497c-d10a-4d6c-9b19-2b8ad9ba78e4",
        name: "Team v2",
        scope: "organization",
        sections: [
          {
            key: "focus",
            title: "Focus",
            minutes: 20,
            prompts: ["One thing only"],
          },
        ],
        ownerId: null,
        archived: false,
        createdAt: "2026-03-02T09:00:00.000Z",
        updatedAt: "2026-03-02T09:00:00.000Z",
      },
    },
  },
};
