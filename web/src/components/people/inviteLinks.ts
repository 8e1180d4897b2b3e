// Invitation tokens are stored hashed on the server, so a link can only be shown
// right after it was created. Keep those links for the rest of this page session.
const links = new Map<string, string>();

/** Remembers the accept link of an invitation created in this session. */
export function rememberInviteLink(invitationId: string, url: string): void {
  links.set(invitationId, url);
}

/** The accept link, when this session created the invitation. */
export function inviteLinkFor(invitationId: string): string | undefined {
  return links.get(invitationId);
}
