import type { OperationExamples } from "./types.js";

/** Tina's next step towards her goal, as created; the examples below change it. */
const actionItem = {
  id: "f74d22dc-89a9-40fb-b054-22ca8e8997f0",
  oneOnOneId: "ddb31da5-c4ed-4fb9-b8f3-90d95537071d",
  meetingId: "578613a5-7b54-4101-8caa-4bb90516b1b1",
  ownerId: "1ea2e11c-7978-44c6-b784-ba95e686304e",
  title: "Pick a review to lead",
  dueDate: null as string | null,
  status: "open",
  completedAt: null as string | null,
  createdAt: "2026-03-02T09:00:00.000Z",
  followUp: false,
  goalId: "f7ce5e05-4771-4d5a-9e64-5906af486459",
  version: 1,
};

/** Examples for the actions operations, captured from the test suite's real answers. */
export const actionsExamples: OperationExamples = {
  "POST /api/v1/meetings/:id/action-items": {
    body: { title: actionItem.title, ownerId: actionItem.ownerId, goalId: actionItem.goalId },
    response: { actionItem },
  },
  "PATCH /api/v1/action-items/:id": {
    body: {
      status: "done",
      baseVersion: 1,
    },
    response: {
      actionItem: { ...actionItem, status: "done", completedAt: "2026-03-02T09:00:00.000Z", version: 2 },
    },
    answers: {
      "409": {
        error: { code: "version_conflict", message: "The action changed since you loaded it" },
        current: { ...actionItem, title: "Pick a review to lead this quarter", dueDate: "2026-03-20", version: 2 },
      },
    },
  },
};
