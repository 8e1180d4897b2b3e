import type { OperationExamples } from "./types.js";

/** Examples for the auth operations, captured from the test suite's real answers. */
export const authExamples: OperationExamples = {
  "POST /api/v1/auth/signup": {
    body: {
      email: "ana.lima@example.com",
      password: "correct horse battery",
      name: "Ana Lima",
      organizationName: "Acme",
      locale: "pt-BR",
      timezone: "America/Sao_Paulo",
    },
    response: {
      user: {
        id: "6b20b405-8e96-4914-9339-2a85f078c467",
        email: "ana.lima@example.com",
        name: "Ana Lima",
        locale: "pt-BR",
        timezone: "America/Sao_Paulo",
        createdAt: "2026-03-02T09:00:00.000Z",
      },
      organization: {
        id: "98aa466b-67d3-47bb-9dad-d4f75efa6063",
        name: "Acme",
        defaultLocale: "pt-BR",
        defaultTimezone: "America/Sao_Paulo",
      },
    },
  },
  "POST /api/v1/auth/login": {
    body: {
      email: "alex@demo.rapport.dev",
      password: "rapport-demo",
    },
    response: {
      user: {
        id: "95f3f5d8-0466-4f85-9798-4a11cce9a5c1",
        email: "alex@demo.rapport.dev",
        name: "Alex Morgan",
        locale: "en",
        timezone: "Europe/Lisbon",
        createdAt: "2025-08-14T09:00:00.000Z",
      },
    },
  },
  "GET /api/v1/me": {
    response: {
      user: {
        id: "d93cc4b5-dc2a-4542-9e60-64833c88e492",
        email: "owner-8881ae36@example.com",
        name: "Has Account",
        locale: "en",
        timezone: "UTC",
        createdAt: "2026-03-02T09:00:00.000Z",
      },
      memberships: [
        {
          organization: {
            id: "9dc6281a-5bbd-4f1f-a168-d81c831ceb9b",
            name: "Org c0599cc0",
            defaultLocale: "en",
            defaultTimezone: "UTC",
          },
          role: "owner",
          managerId: null,
          status: "active",
        },
        {
          organization: {
            id: "30b3bf24-d4e0-4272-b8ba-493c665c324d",
            name: "Org f49742f2",
            defaultLocale: "en",
            defaultTimezone: "UTC",
          },
          role: "member",
          managerId: null,
          status: "active",
        },
      ],
    },
  },
  "PATCH /api/v1/me": {
    body: {
      name: "Olivia O.",
      locale: "es",
      timezone: "Europe/Madrid",
    },
    response: {
      user: {
        id: "a58fd48c-0b70-4bf9-87d4-7c43e9e0cd5a",
        email: "owner-a551426b@example.com",
        name: "Olivia O.",
        locale: "es",
        timezone: "Europe/Madrid",
        createdAt: "2026-03-02T09:00:00.000Z",
      },
    },
  },
  "PUT /api/v1/me/password": {
    body: {
      currentPassword: "correct horse battery",
      newPassword: "new password 1",
    },
  },
};
