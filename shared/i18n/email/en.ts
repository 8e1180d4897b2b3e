/** English e-mail messages for reminders, digests and nudges. */
export const emailEn = {
  "email.reminder.subject": "Your 1:1 with {name} — {date}",
  "email.reminder.intro": "Your 1:1 with {name} is coming up on {date}.",
  "email.reminder.agenda": "On the agenda so far",
  "email.reminder.emptyAgenda":
    "Nothing on the agenda yet. Add the topics that matter to you, so you both arrive prepared.",
  "email.reminder.addPoints": "Add your talking points before you meet.",
  "email.reminder.checkIn": "And take a moment for the check-in: how are you, really?",
  "email.reminder.cta": "Prepare the 1:1",
  "email.digest.subject": "Your open actions this week",
  "email.digest.intro": "Here are the next steps you own across your 1:1s.",
  "email.digest.overdue": "Overdue",
  "email.digest.open": "Open",
  "email.digest.due": "due {date}",
  "email.digest.cta": "Review your actions",
  "email.nudge.subject": "It’s been {days} days since your last 1:1 with {name}",
  "email.nudge.body":
    "Regular 1:1s matter more than frequent ones. It’s been {days} days since you last met with {name}; a short one this week keeps the rhythm.",
  "email.nudge.cta": "Schedule the next 1:1",
  "email.schedule.subject.created": "New 1:1: {names}",
  "email.schedule.subject.updated": "Updated 1:1: {names}",
  "email.schedule.subject.ended": "1:1 ended: {names}",
  "email.schedule.body.created":
    "{leader} set up a recurring 1:1 with {teammate}. The first one is on {date}. The attached invitation adds the series to your calendar.",
  "email.schedule.body.updated":
    "The schedule of the 1:1 between {leader} and {teammate} changed. The next one is on {date}. The attached update keeps your calendar in step.",
  "email.schedule.body.ended":
    "The recurring 1:1 between {leader} and {teammate} has ended. Its history stays in Rapport; the attached cancellation removes it from your calendar.",
  "email.schedule.cta": "Open the 1:1",
  "series.reminder.label": "Reminder e-mail",
  "series.reminder.0": "No reminder",
  "series.reminder.60": "1 hour before",
  "series.reminder.120": "2 hours before",
  "series.reminder.1440": "1 day before",
  "series.reminder.2880": "2 days before",
  "series.reminder.hint": "Both of you get the agenda so far and a link to prepare.",
  "email.preferences": "Choose which e-mails you get: {url}",
} as const;
