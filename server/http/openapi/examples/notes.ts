import type { OperationExamples } from "./types.js";

const conflict = {
  error: { code: "version_conflict", message: "The note changed since version 3" },
  current: {
    body: "- Hiring plan agreed\n- Budget review next week",
    version: 4,
    updatedAt: "2026-03-03T09:24:10.000Z",
    updatedBy: "8c1f4e2a-5b7d-4a19-9f3e-2d6b0c8a7e51",
  },
};

/** Examples for the notes operations. */
export const notesExamples: OperationExamples = {
  "PUT /api/v1/meetings/:id/notes/shared": {
    body: { body: "- Hiring plan agreed\n- Budget review next week", baseVersion: 3 },
    response: { version: 4, updatedAt: "2026-03-03T09:24:10.000Z" },
    answers: { "409": conflict },
  },
  "PUT /api/v1/meetings/:id/notes/private": {
    body: { body: "Seemed tired; ask about workload next time.", baseVersion: 0 },
    response: { version: 1, updatedAt: "2026-03-03T09:30:00.000Z" },
    answers: { "409": { ...conflict, current: { ...conflict.current, body: "Seemed tired." } } },
  },
};
