import { z } from "zod";

/** What the sign-in page needs to know before anyone signs in: is this a fresh instance, and is SSO offered? */
export const instanceResponseSchema = z
  .object({
    /** No account exists yet: the first visitor creates the first workspace. */
    firstRun: z.boolean(),
    /** Some workspace signs its people in with its identity provider (enabled, with a verified domain). */
    ssoSignIn: z.boolean(),
    /** The demo workspace (`npm run demo`): a visitor signs in to the language they picked, whatever the account's. */
    demo: z.boolean(),
  })
  .meta({ examples: [{ firstRun: false, ssoSignIn: true, demo: false }] });

export type InstanceResponse = z.infer<typeof instanceResponseSchema>;
