import type { OperationExamples } from "./types.js";

/** Examples for the feedback operations, captured from the test suite's real answers. */
export const feedbackExamples: OperationExamples = {
  "POST /api/v1/meetings/:id/feedback": {
    body: {
      kind: "improvement",
      body: "Shorter slides",
      example: "The Q3 review ran long",
    },
    response: {
      feedback: {
        id: "09d7b322-3da6-4caa-b1cf-59769ec94d22",
        oneOnOneId: "b216f680-9a8e-47c8-8318-36691c9aac29",
        meetingId: "ef9e1154-4008-4021-8be3-45d2f62d7e17",
        meetingScheduledAt: "2026-03-03T09:00:00.000Z",
        fromUserId: "4afa51bf-5327-4be6-8e7c-f518d1ee58c3",
        toUserId: "a5a7b6d6-0080-4f84-ac0a-4844c4d77ac0",
        kind: "improvement",
        body: "Shorter slides",
        example: "The Q3 review ran long",
        createdAt: "2026-03-02T09:00:00.000Z",
      },
    },
  },
  "GET /api/v1/one-on-ones/:id/feedback": {
    response: {
      feedback: [
        {
          id: "24360252-57b9-4e34-ad75-2712716a2ece",
          oneOnOneId: "b216f680-9a8e-47c8-8318-36691c9aac29",
          meetingId: "ef9e1154-4008-4021-8be3-45d2f62d7e17",
          meetingScheduledAt: "2026-03-03T09:00:00.000Z",
          fromUserId: "4afa51bf-5327-4be6-8e7c-f518d1ee58c3",
          toUserId: "a5a7b6d6-0080-4f84-ac0a-4844c4d77ac0",
          kind: "praise",
          body: "Great demo",
          example: null,
          createdAt: "2026-03-02T09:00:00.000Z",
        },
        {
          id: "0c7b1472-4a0a-498e-9c76-8e997d12ba11",
          oneOnOneId: "b216f680-9a8e-47c8-8318-36691c9aac29",
          meetingId: "ef9e1154-4008-4021-8be3-45d2f62d7e17",
          meetingScheduledAt: "2026-03-03T09:00:00.000Z",
          fromUserId: "a5a7b6d6-0080-4f84-ac0a-4844c4d77ac0",
          toUserId: "4afa51bf-5327-4be6-8e7c-f518d1ee58c3",
          kind: "upward",
          body: "More context on priorities, please",
          example: null,
          createdAt: "2026-03-02T09:00:00.000Z",
        },
      ],
      nextCursor: "MjAyNi0wMy0wMlQwOTowMDowMC4wMDBafDBjN2IxNDcyLTRhMGEtNDk4ZS05Yzc2LThlOTk3ZDEyYmExMQ",
    },
  },
};
