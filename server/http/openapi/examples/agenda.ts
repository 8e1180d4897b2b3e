import type { OperationExamples } from "./types.js";

/** A talking point as the API answers it; the meeting example lists it too. */
export const conferenceBudget = {
  id: "3c66d7dc-6b35-4d94-a599-22ada943fce0",
  meetingId: "007bad3f-30c4-458b-8811-32ba613fb5b1",
  sectionKey: "development",
  authorId: "61ac8b58-7126-49fc-aa73-2df015c6fad5",
  body: "Conference budget",
  position: 0,
  discussed: false,
  carriedFrom: null,
  standingItemId: null,
  createdAt: "2026-03-02T09:00:00.000Z",
  updatedAt: "2026-03-02T09:00:00.000Z",
  version: 1,
};

/** Another talking point, before the edits the examples below make to it. */
const promotion = {
  ...conferenceBudget,
  id: "b73974ef-6438-4aa3-a283-592de734f303",
  meetingId: "4a16c48a-4f57-4333-81ad-ed4972a099ab",
  sectionKey: "progress",
  authorId: "2e9a44f5-6171-49aa-842a-d91bbba76431",
  body: "Promotion timeline",
};

/** Examples for the agenda operations, captured from the test suite's real answers. */
export const agendaExamples: OperationExamples = {
  "POST /api/v1/meetings/:id/agenda-items": {
    body: {
      body: "Conference budget",
      sectionKey: "development",
    },
    response: {
      agendaItem: conferenceBudget,
    },
  },
  "PATCH /api/v1/agenda-items/:id": {
    body: {
      body: "Promotion timeline (Q3)",
      baseVersion: 1,
    },
    response: { agendaItem: { ...promotion, body: "Promotion timeline (Q3)", version: 2 } },
    answers: {
      "409": {
        error: { code: "version_conflict", message: "The talking point changed since you loaded it" },
        current: { ...promotion, discussed: true, updatedAt: "2026-03-02T09:05:00.000Z", version: 2 },
      },
    },
  },
};
