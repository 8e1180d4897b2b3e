/** Messages for the error codes of shared/errors.ts that had none (web/src/api/errorMessage.ts maps every code). */
export const errorsEn = {
  "errors.badRequest": "The server couldn’t read that request. Reload the page and try again.",
  "errors.tooLarge": "That’s too much to send at once. Make it shorter and try again.",
  "errors.crossSiteRequest":
    "This request came from another site, so it was refused. Open Rapport directly and try again.",
  "errors.databaseUnavailable": "Rapport can’t reach its database right now. Try again in a moment.",
  "errors.restarting": "Rapport is restarting. Try again in a moment.",
  "errors.importInvalid": "That file isn’t a Rapport export that can be imported.",
  "errors.insufficientScope": "This API token isn’t allowed to do that.",
  "errors.sessionRequired": "Only a signed-in browser session can do this, not an API token.",
  "errors.reauthenticationRequired": "Confirm your password to continue.",
  "errors.workspaceScopedSession": "You signed in to one workspace only. Sign in with your password to use this.",
  "errors.invalidCursor": "This list changed while you were reading it. Reload the page.",
  "errors.invalidMeeting": "That meeting isn’t part of this 1:1.",
  "errors.invalidWebhookUrl": "Use a public https:// address for the webhook.",
  "errors.tooManyWebhooks": "This workspace has as many webhooks as it can have. Remove one first.",
  "errors.rotationConflict": "Someone else just rotated this secret. Reload and try again.",
  "errors.upgradeRequired": "The live connection couldn’t be opened. Reload the page.",
  "errors.meetingNotHeld": "This 1:1 hasn’t taken place yet.",
  "errors.notTheirManager":
    "Only their manager can start a manager 1:1 with them. Pick another kind, or ask an admin to set the reporting line.",
  "errors.startTooEarly": "This 1:1 is more than an hour away. Confirm to start it now anyway.",
  "errors.completeTooEarly": "This 1:1 is more than a day away. Move it to today before wrapping it up.",
  "errors.meetingNotStarted": "This 1:1 hasn’t been started.",
  "errors.meetingHasRecords": "Something was already recorded in this 1:1, so it can’t be un-started.",
} as const;
