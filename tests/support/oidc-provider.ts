import { generateKeyPairSync } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

/** A person the test identity provider knows, by e-mail. */
export interface IdpAccount {
  email: string;
  emailVerified: boolean;
  name: string;
}

export interface TestIdentityProvider {
  /** `http://127.0.0.1:<port>`, the issuer identifier. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** People who can sign in; the interaction signs in the one named by `login_hint`. */
  accounts: Map<string, IdpAccount>;
  /** When set, the interaction signs this account in whatever the login hint says. */
  signInAs: string | null;
  /** The parameters of every authorization request the provider received, in order. */
  authorizationRequests: Array<Record<string, unknown>>;
  close: () => Promise<void>;
}

/**
 * A real OpenID Connect provider (oidc-provider) on loopback, with one
 * confidential client registered for `redirectUri`. Its interaction finishes
 * programmatically: it signs in the account of the request's `login_hint` and
 * grants the requested scopes, as if the person had typed their password and
 * consented.
 */
export async function startTestIdentityProvider(redirectUri: string): Promise<TestIdentityProvider> {
  const accounts = new Map<string, IdpAccount>();
  const authorizationRequests: Array<Record<string, unknown>> = [];
  const clientId = "rapport-test";
  const clientSecret = "a-client-secret-only-the-app-and-provider-know";
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: "jwk" }), kid: "test-key", use: "sig", alg: "RS256" };

  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: ["test-cookie-key-test-cookie-key"] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    features: { devInteractions: { enabled: false } },
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
    // Every authorization request must carry a PKCE challenge.
    pkce: { required: () => true },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx: unknown, id: string) {
      const account = accounts.get(id);
      if (!account) return undefined;
      return {
        accountId: id,
        claims: async () => ({
          sub: id,
          email: account.email,
          email_verified: account.emailVerified,
          name: account.name,
        }),
      };
    },
    // Consent is taken as given: the grant covers what the client asked for.
    async loadExistingGrant(ctx: {
      oidc: { client: { clientId: string }; session: { accountId: string }; provider: Provider };
    }) {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
  });
  provider.on("authorization.accepted", (ctx: { oidc: { params: Record<string, unknown> } }) => {
    authorizationRequests.push({ ...ctx.oidc.params });
  });

  const handle = provider.callback();
  server.on("request", (req, res) => {
    if (!req.url?.startsWith("/interaction/")) return handle(req, res);
    void (async () => {
      const details = await provider.interactionDetails(req, res);
      const accountId = idp.signInAs ?? String(details.params.login_hint ?? "");
      await provider.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false });
    })().catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });

  const idp: TestIdentityProvider = {
    issuer,
    signInAs: null,
    clientId,
    clientSecret,
    accounts,
    authorizationRequests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return idp;
}
