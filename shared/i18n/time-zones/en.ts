/** English messages about each person's own time zone and language: the picker, the sign-in offer, labels. */
export const timeZonesEn = {
  "timeZone.search": "Search time zones",
  "timeZone.noMatch": "No time zone matches “{query}”.",
  "timeZone.offer.text": "Your computer is on {zone} time. Use it?",
  "timeZone.offer.use": "Use {zone} time",
  "timeZone.offer.keep": "Keep {saved}",
  "timeZone.offer.switched": "Times are now shown in {zone} time.",
  "timeZone.ownSettings": "Meeting times and e-mails use these. You can change them later in Settings.",
  "timeZone.yourTime": "{time} your time",
  "timeZone.theirTime": "{time} for {name}",
} as const;
