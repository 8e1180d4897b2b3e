// Invitation tokens are stored hashed on the server, so a link can only be shown
// right after it was made. Keep those links for the rest of this page session, for the
// person who made them only: whoever signs in next in this tab does not inherit them.
const links = new Map<string, string>();
const keyOf = (viewerId: string, invitationId: string) => `${viewerId} ${invitationId}`;

/** Remembers the accept link of an invitation this viewer created (or re-issued) in this session. */
export function rememberInviteLink(viewerId: string, invitationId: string, url: string): void {
  links.set(keyOf(viewerId, invitationId), url);
}

/** The accept link, when this viewer created or re-issued it in this session. */
export function inviteLinkFor(viewerId: string, invitationId: string): string | undefined {
  return links.get(keyOf(viewerId, invitationId));
}
