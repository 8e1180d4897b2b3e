import type { OperationExamples } from "./types.js";

/** Examples for the search operations, captured from the test suite's real answers. */
export const searchExamples: OperationExamples = {
  "GET /api/v1/search": {
    response: {
      results: [
        {
          type: "agenda_item",
          id: "e85681ba-716e-46fd-bb78-e8cc6f954610",
          oneOnOneId: "815c8155-c39f-4834-9280-7f76b54552fd",
          meetingId: "1692dc86-c66f-4096-a5a6-9d5bc207a899",
          meetingScheduledAt: "2026-03-03T09:00:00.000Z",
          counterpartName: "Leo Leader",
          private: false,
          snippet: "Kubernetes migration worries",
          highlights: [[0, 10]],
        },
        {
          type: "note",
          id: "a8132741-97ab-4486-8e5e-413ae798983d",
          oneOnOneId: "815c8155-c39f-4834-9280-7f76b54552fd",
          meetingId: "1692dc86-c66f-4096-a5a6-9d5bc207a899",
          meetingScheduledAt: "2026-03-03T09:00:00.000Z",
          counterpartName: "Leo Leader",
          private: false,
          snippet: "We agreed the kubernetes rollout waits for Q3",
          highlights: [[14, 24]],
        },
      ],
    },
  },
};
