/** English messages of invitation safety: imported accounts' set-password links, limits, the e-mail log's hidden links. */
export const invitationsEn = {
  "errors.accountAwaitingFirstPassword":
    "This person’s account was imported and has no password yet. Only the set-password link issued for that account can open it: they should use it first (an admin of their workspace can resend it from Pending invitations).",
  "errors.invitationLimit": "That’s a lot of invitations for one hour. You can send more in {minutes} min.",
  "invite.blocked.title": "This account isn’t ready for invitations yet",
  "invite.blocked.text":
    "The account for {email} was moved to this Rapport from another one and has no password yet. Only the set-password link sent for that account can open it. Use that link first, then this invitation works with your new password.",
  "invite.setPassword.eyebrow": "Welcome back",
  "invite.setPassword.title": "Choose your password",
  "invite.setPassword.lead":
    "Your account was moved to this Rapport. Choose a password to sign in to your workspaces, with everything you had before.",
  "invite.setPassword.submit": "Save password and sign in",
  "people.pending.setPassword": "Set-password link",
  "people.pending.setPasswordNote":
    "Set-password links of moved accounts are sent only to the person: a new link goes to their e-mail, never to you.",
  "people.pending.setPasswordSent": "A new set-password link was e-mailed to {email}. The old one no longer works.",
  "outbox.linkHidden":
    "The link in this e-mail is hidden: it opens an account, so only its recipient may see it. The e-mail itself went out with the link.",
  "outbox.linkHiddenKept":
    "The link in this e-mail is hidden: it opens an account, so only its recipient may see it. Without SMTP, this e-mail was not sent.",
  "outbox.linkHiddenUnsent":
    "The link in this e-mail is hidden: it opens an account, so only its recipient may see it. The e-mail has not gone out yet; it will carry the link when it does.",
  "email.setPassword.subject": "Choose your password for {organization} on Rapport",
  "email.setPassword.body":
    "Your account in {organization} was moved to a new Rapport. Choose a password to sign in again; everything you had is there.\n\nThe link is valid until {expires}. If it expires, ask an admin of {organization} to send a new one.",
  "email.setPassword.cta": "Choose your password",
  "invite.dialog.createdTitle": "Invitation ready",
  "invite.dialog.notSentText":
    "No e-mail was sent: this Rapport has no e-mail server (SMTP). Copy the link and send it to {email} yourself, in chat for example.",
  "invite.dialog.queuedText":
    "The e-mail to {email} hasn’t gone out yet: the mail server refused it for now, and Rapport will try again. You can also send the link yourself.",
  "people.toast.invitedNotSent": "Invitation created for {email}. No e-mail was sent: share its link yourself.",
  "people.pending.newLinkNotSent":
    "A new link for {email} is ready to copy. No e-mail was sent (no SMTP). The old link no longer works.",
  "people.pending.newLinkQueued":
    "A new link for {email} is ready to copy. Its e-mail hasn’t gone out yet; Rapport will try again. The old link no longer works.",
  "people.pending.setPasswordNotSent":
    "No e-mail was sent to {email}: this Rapport has no SMTP, and a set-password link goes only to its person. Set up SMTP to deliver it.",
} as const;
