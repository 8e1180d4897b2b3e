import type { OperationExamples } from "./types.js";

const settings = {
  sso: {
    issuerUrl: "https://login.acme.example",
    clientId: "rapport",
    clientSecretSet: true,
    emailDomain: "acme.example",
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
    },
    response: settings,
  },
};
