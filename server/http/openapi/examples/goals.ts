import type { OperationExamples } from "./types.js";

const progress = {
  id: "0812c286-91eb-4f84-88f1-39039e0cfc00",
  meetingId: "578613a5-7b54-4101-8caa-4bb90516b1b1",
  authorId: "761e813a-4c3e-44e1-ab8b-a9bad618ae07",
  body: "Shadowed the API review",
  createdAt: "2026-03-02T09:00:00.000Z",
};

/** A new goal; the examples below show it as it grows. */
const goal = {
  id: "f7ce5e05-4771-4d5a-9e64-5906af486459",
  oneOnOneId: "ddb31da5-c4ed-4fb9-b8f3-90d95537071d",
  teammateId: "1ea2e11c-7978-44c6-b784-ba95e686304e",
  title: "Lead a design review",
  why: "Grow towards senior",
  targetDate: "2026-06-30",
  status: "active",
  createdAt: "2026-03-02T09:00:00.000Z",
  updatedAt: "2026-03-02T09:00:00.000Z",
  progress: [] as (typeof progress)[],
  actionCount: 0,
  doneActionCount: 0,
};
/** The goal with its first step of progress and a done next step. */
export const goalWithProgress = { ...goal, progress: [progress], actionCount: 1, doneActionCount: 1 };

/** Examples for the goals operations, captured from the test suite's real answers. */
export const goalsExamples: OperationExamples = {
  "GET /api/v1/one-on-ones/:id/goals": { response: { goals: [goalWithProgress] } },
  "POST /api/v1/one-on-ones/:id/goals": {
    body: { title: goal.title, why: goal.why, targetDate: goal.targetDate },
    response: { goal },
  },
  "PATCH /api/v1/goals/:id": {
    body: { status: "achieved" },
    response: { goal: { ...goalWithProgress, status: "achieved" } },
  },
  "POST /api/v1/goals/:id/progress": {
    body: { body: progress.body, meetingId: progress.meetingId },
    response: { goal: { ...goal, progress: [progress] } },
  },
};
