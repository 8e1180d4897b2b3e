import type { OperationExamples } from "./types.js";

/** Examples for the tokens operations, captured from the test suite's real answers. */
export const tokensExamples: OperationExamples = {
  "GET /api/v1/tokens": {
    response: {
      tokens: [
        {
          id: "9afa7054-01fc-4d19-b73f-4da29b930981",
          name: "Weekly report",
          prefix: "rpt_Ehn2",
          scopes: ["read"],
          createdAt: "2026-03-02T09:00:00.000Z",
          lastUsedAt: null,
        },
        {
          id: "2af01ecb-0cfe-43ec-a6ed-84fbe98a42b8",
          name: "Calendar sync",
          prefix: "rpt_Kq7d",
          scopes: ["read", "write"],
          createdAt: "2026-03-02T09:00:00.000Z",
          lastUsedAt: null,
        },
      ],
    },
  },
  "POST /api/v1/tokens": {
    body: {
      name: "Weekly report",
      scopes: ["write"],
      currentPassword: "correct horse battery",
    },
    response: {
      id: "4aeed61c-82f0-43b3-bd71-0465027c4b53",
      name: "Weekly report",
      prefix: "rpt_7Bce",
      scopes: ["read", "write"],
      createdAt: "2026-03-02T09:00:00.000Z",
      lastUsedAt: null,
      token: "rpt_7BcedyAk0ybM_LAoMyldnCHNqF-eFLpgQebyfIDfzBw",
    },
  },
};
