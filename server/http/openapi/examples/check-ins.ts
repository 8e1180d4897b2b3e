import type { OperationExamples } from "./types.js";

/** Examples for the check-ins operations, captured from the test suite's real answers. */
export const checkInsExamples: OperationExamples = {
  "POST /api/v1/meetings/:id/check-in": {
    body: {
      mood: 2,
      energy: 3,
      note: "Tired after the release",
    },
    response: {
      checkIn: {
        meetingId: "40510084-aaa5-4363-bb77-72fbde4f1728",
        userId: "d34e207c-f7e6-413a-a4cf-6f5b6ef6de86",
        mood: 2,
        energy: 3,
        note: "Tired after the release",
        updatedAt: "2026-03-02T09:00:00.000Z",
      },
    },
  },
};
