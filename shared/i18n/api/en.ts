/** English messages for API token scopes. */
export const apiEn = {
  "settings.tokens.access": "Access",
  "settings.tokens.scope.read": "Read only",
  "settings.tokens.scope.read.hint": "Can read your 1:1s, meetings, actions and search. Can’t change anything.",
  "settings.tokens.scope.write": "Read and write",
  "settings.tokens.scope.write.hint": "Can also add talking points, edit notes and complete actions as you.",
  "settings.tokens.sessionOnly":
    "No token, whatever its access, can create or revoke tokens, change your password or see your calendar feed.",
  "settings.tokens.badge.read": "read only",
  "settings.tokens.badge.write": "read & write",
} as const;
