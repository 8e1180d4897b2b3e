import type { OperationExamples } from "./types.js";

/** A pending invitation as the list shows it. */
const revoked = {
  id: "fc36e7ee-339a-4cda-9894-1a7b48cb05f3",
  email: "revoked@example.com",
  name: null,
  role: "member",
  managerId: null,
  expiresAt: "2026-03-09T09:00:00.000Z",
  createdAt: "2026-03-02T09:00:00.000Z",
  purpose: "invitation",
};

/** Examples for the invitations operations, captured from the test suite's real answers. */
export const invitationsExamples: OperationExamples = {
  "POST /api/v1/orgs/:orgId/invitations": {
    body: {
      email: "new.person@example.com",
      name: "Nina",
      role: "member",
      managerId: "27477c27-036e-4ab5-89c7-c907177643a2",
    },
    response: {
      id: "8acddb0f-c280-48cb-8e7b-ec305f3d7dd7",
      email: "new.person@example.com",
      name: "Nina",
      role: "member",
      managerId: "27477c27-036e-4ab5-89c7-c907177643a2",
      expiresAt: "2026-03-09T09:00:00.000Z",
      createdAt: "2026-03-02T09:00:00.000Z",
      purpose: "invitation",
      acceptUrl: "http://localhost:3000/invite/ZoCi5S013PUulM4RgNOwgG2uilkoMsh-9LSMt8NLDEk",
      emailDelivery: "not_sent",
    },
  },
  "GET /api/v1/orgs/:orgId/invitations": {
    response: {
      invitations: [
        revoked,
        {
          ...revoked,
          id: "c6f01269-b824-40b1-bd1e-9838bbe806dc",
          email: "late@example.com",
        },
      ],
    },
  },
  "POST /api/v1/orgs/:orgId/invitations/:invitationId/resend": {
    response: {
      id: "374e1f5b-40c6-43b5-aee4-4ad7ecc35766",
      email: "again@example.com",
      name: null,
      role: "member",
      managerId: null,
      expiresAt: "2026-03-15T09:00:00.000Z",
      createdAt: "2026-03-02T09:00:00.000Z",
      purpose: "invitation",
      acceptUrl: "http://localhost:3000/invite/_RdBTRsq_pZkPgumiOYJ0CMxxs1JR63SmDIEDuy6SrY",
      emailDelivery: "not_sent",
    },
  },
  "GET /api/v1/invitations/:token": {
    response: {
      email: "owner-8881ae36@example.com",
      name: null,
      organization: {
        name: "Org f49742f2",
      },
      inviterName: "Olivia Owner",
      expiresAt: "2026-03-09T09:00:00.000Z",
      existingAccount: true,
      purpose: "invitation",
      blockedReason: null,
    },
  },
  "POST /api/v1/invitations/:token/accept": {
    body: {
      name: "Cole Colleague",
      password: "correct horse battery",
    },
    response: {
      user: {
        id: "3758cd87-561b-4b97-8724-2cf7310b6cd7",
        email: "member-e07a834a@example.com",
        name: "Cole Colleague",
        locale: "en",
        timezone: "UTC",
        createdAt: "2026-03-02T09:00:00.000Z",
      },
      organization: {
        id: "70e425fa-1ecf-4809-a859-51504766ebd9",
        name: "Org dc48bcfb",
        defaultLocale: "en",
        defaultTimezone: "UTC",
      },
    },
  },
};
