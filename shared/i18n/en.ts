/** English messages: the reference catalog. Other catalogs must have exactly these keys. */
export const en = {
  "app.name": "Rapport",
  "email.invitation.subject": "{inviter} invited you to {organization} on Rapport",
  "email.invitation.body":
    "{inviter} invited you to join {organization} on Rapport, where you and your team keep your 1:1s structured, regular and remembered.\n\nAccept the invitation: {url}\n\nThe link is valid until {expires}.",
  "email.invitation.cta": "Accept the invitation",
  "email.footer": "You received this e-mail because someone invited you to Rapport.",
} as const;

export type MessageKey = keyof typeof en;
