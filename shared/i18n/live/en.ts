/** English messages of the live meeting page: connection, presence, shared notes together. */
export const liveEn = {
  "live.status.connecting": "Connecting…",
  "live.status.live": "Live",
  "live.status.reconnecting": "Reconnecting…",
  "live.status.offline": "Offline",
  "live.status.signedOut": "Signed out",
  "live.status.liveHint": "Changes appear on both screens as you make them.",
  "live.status.reconnectingHint": "The connection dropped. Keep working: your edits are kept and sync when it’s back.",
  "live.status.offlineHint": "You’re offline. Keep working: your edits are kept and sync when you’re back.",
  "live.status.signedOutHint": "Your session ended. Sign in again to keep editing together.",
  "live.presence.label": "Who is on this page",
  "live.presence.alone": "{name} hasn’t opened this page yet",
  "live.presence.here": "{name} is here",
  "live.presence.typing": "{name} is typing…",
  "live.presence.typingIn": "{name} is typing in {place}",
  "live.place.notes": "the shared notes",
  "live.notes.hint": "Both of you write here at the same time. Every keystroke is kept.",
  "live.notes.loading": "Opening the shared notes…",
  "live.notes.readOnly": "This meeting was cancelled; its notes are read-only.",
  "live.notes.tooLarge":
    "This note can hold at most 100,000 characters. Your last change would have gone past that, so it wasn’t saved.",
} as const;
