import type { OperationExamples } from "./types.js";

const settings = {
  sso: {
    issuerUrl: "https://login.acme.example",
    clientId: "rapport",
    clientSecretSet: true,
    emailDomain: "acme.example",
    domainVerifiedAt: "2026-03-01T10:05:00.000Z",
    domainTxtRecord: "rapport-domain-verification=Zk3q9XyB2v7LmP0aT4sRw1",
    enabled: true,
    updatedAt: "2026-03-01T10:00:00.000Z",
  },
  redirectUri: "https://rapport.acme.example/api/v1/auth/sso/callback",
};

/** Examples for single sign-on settings (admins); the sign-in routes themselves are browser redirects. */
export const ssoExamples: OperationExamples = {
  "GET /api/v1/orgs/:orgId/sso": { response: settings },
  "PUT /api/v1/orgs/:orgId/sso": {
    body: {
      issuerUrl: "https://login.acme.example",
      clientId: "rapport",
      clientSecret: "the-client-secret-from-your-provider",
      emailDomain: "acme.example",
      enabled: true,
      currentPassword: "needed unless you signed in within 15 minutes",
    },
    response: settings,
    answers: {
      "403": {
        error: {
          code: "reauthentication_required",
          message: "Confirm your password to continue: this needs a sign-in within the last 15 minutes",
        },
      },
    },
  },
  "DELETE /api/v1/orgs/:orgId/sso": {
    body: { currentPassword: "needed unless you signed in within 15 minutes" },
  },
  "POST /api/v1/orgs/:orgId/sso/verify-domain": {
    body: { currentPassword: "needed unless you signed in within 15 minutes" },
    response: settings,
    answers: {
      "400": {
        error: {
          code: "sso_domain_verification_failed",
          message:
            'No TXT record "rapport-domain-verification=Zk3q9XyB2v7LmP0aT4sRw1" was found on acme.example; DNS changes can take a while to show',
        },
      },
    },
  },
  "POST /api/v1/auth/sso/confirm-link": {
    body: { password: "the account's own password" },
    response: {
      user: {
        id: "95f3f5d8-0466-4f85-9798-4a11cce9a5c1",
        email: "ada@acme.example",
        name: "Ada Lovelace",
        locale: "en",
        timezone: "Europe/London",
        createdAt: "2026-01-05T09:00:00.000Z",
      },
    },
  },
  "GET /api/v1/auth/sso/pending-link": {
    response: { organizationName: "Acme", email: "ada@acme.example" },
  },
};
