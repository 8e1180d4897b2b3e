import type { OperationExamples } from "./types.js";

/** Examples for the people operations, captured from the test suite's real answers. */
export const peopleExamples: OperationExamples = {
  "GET /api/v1/orgs/:orgId/people": {
    response: {
      people: [
        {
          userId: "3e2d71d2-9d3f-464e-87bb-957d59ff76b2",
          name: "Maya Member",
          email: "member-9bf37566@example.com",
          role: "member",
          managerId: null,
          status: "active",
          joinedAt: "2026-03-02T09:00:00.000Z",
        },
        {
          userId: "ec5afe45-bd41-4d7f-8e81-c86076af055a",
          name: "Maya Member",
          email: "member-df1fb7ff@example.com",
          role: "member",
          managerId: null,
          status: "active",
          joinedAt: "2026-03-02T09:00:00.000Z",
        },
      ],
    },
  },
  "PATCH /api/v1/orgs/:orgId/people/:userId": {
    body: {
      status: "deactivated",
    },
    response: {
      person: {
        userId: "315c6fe1-404c-4ab2-a1ff-cd952d3ec6ce",
        name: "Tina Teammate",
        email: "member-21bbf443@example.com",
        role: "member",
        managerId: "eb564b44-be77-4f6d-8e48-917e67dee421",
        status: "deactivated",
        joinedAt: "2026-03-02T09:00:00.000Z",
      },
    },
  },
};
