/**
 * The words of the demo's 1:1s: shared notes put together from an opening, what was talked about and what was
 * decided, so no two meetings of a pair read the same; and action titles that are never repeated.
 */

type Random = () => number;

/** Draws from `items` without repeating one until all were drawn, then starts a fresh round. */
export function deck<T>(items: readonly T[]): (random: Random) => T {
  let left: T[] = [];
  return (random) => {
    if (left.length === 0) left = [...items];
    const [item] = left.splice(Math.floor(random() * left.length), 1);
    return item as T;
  };
}

const OPENINGS = [
  "Good week overall.",
  "Started a few minutes late; the standup ran over.",
  "A bit tired today after the release crunch.",
  "Short one, we both had a packed afternoon.",
  "Came in with a clear list, which helped.",
  "Calmer week than the last two.",
  "Started with a quick catch-up about the weekend.",
  "Mostly a listening session today.",
  "Energy was good, lots to share.",
  "A backlog of small things after a busy fortnight.",
];

const DISCUSSIONS = [
  "The launch went smoothly; the on-call pages were quieter than expected.",
  "Two projects in parallel is too much: the reporting work should move to someone else.",
  "The architecture doc was clear and well argued, but it arrived too late for real input.",
  "Interested in leading the next quarterly planning; shadowing this cycle first makes sense.",
  "The payments API review is unblocked; the remaining risk is the migration window.",
  "Search latency is down to 180 ms at p95; the last gains are in the ranking query.",
  "Frustrated by meetings eating the mornings. Looked at which ones can become written updates.",
  "The new hires are ramping up well; pairing twice a week seems to be the right rhythm.",
  "Customer escalation from Thursday: handled well, but the runbook was missing a step.",
  "Talked about the move to the new CI runners; flaky tests are the real problem, not speed.",
  "Wants more ownership of the onboarding redesign, including the estimate.",
  "Feeling stuck on the same kind of tickets; looked at where to stretch next quarter.",
  "The design review felt rushed from their side; next time book the full hour.",
  "Questions about the reorg rumours. Shared what is known and what is not decided yet.",
  "Conference talk accepted. Discussed how to prepare without losing a sprint to it.",
  "Went through last quarter's goals: two done, one dropped on purpose, one still open.",
];

const DECISIONS = [
  "Keep Friday afternoons meeting-free",
  "Pair on the flaky tests next week",
  "Hand the weekly report over by month end",
  "Share drafts two days before any review",
  "Revisit the workload in two weeks",
  "Try written updates instead of the Tuesday sync",
  "Bring the estimate to the next 1:1",
  "Nothing to change for now; check in again next time",
  "Ask the team for input before deciding",
  "Block two focus mornings a week",
  "Write down the on-call lessons while they are fresh",
  "Agree on one stretch goal for the quarter",
];

/** A note generator for one pair: its meetings' notes never repeat within the first hundreds. */
export function noteWriter(): (random: Random, topic: string | undefined) => string {
  const opening = deck(OPENINGS);
  const discussion = deck(DISCUSSIONS);
  const decision = deck(DECISIONS);
  return (random, topic) => {
    const about = topic ? ` First on the agenda: “${topic}”.` : "";
    return `${opening(random)}${about}\n\n${discussion(random)}\n\n- ${decision(random)}`;
  };
}

const ACTION_VERBS = ["Draft", "Finish", "Share", "Get feedback on", "Review", "Send out", "Present", "Update"];
const ACTION_OBJECTS = [
  "the launch retro",
  "the CI migration plan",
  "the onboarding redesign estimate",
  "the payments API review notes",
  "the on-call handbook",
  "the quarterly planning doc",
  "the incident write-up",
  "the conference talk outline",
  "the mentoring plan for the new hires",
  "the customer escalation summary",
  "the search latency report",
  "the runbook for the billing jobs",
  "the team's working agreement",
  "the hiring scorecard",
];
const OTHER_ACTIONS = [
  "Book the conference travel",
  "Ask finance about the training budget",
  "Hand over the weekly report",
  "Set up a pairing session on the flaky tests",
  "Block two focus mornings in the calendar",
  "Find a mentor outside the team",
];

/** Every action title the demo may use, each once: a verb with an object, and a few of their own. */
export function actionTitles(): (random: Random) => string | null {
  const all = [
    ...OTHER_ACTIONS,
    ...ACTION_OBJECTS.flatMap((object) => ACTION_VERBS.map((verb) => `${verb} ${object}`)),
  ];
  return (random) => (all.length === 0 ? null : (all.splice(Math.floor(random() * all.length), 1)[0] as string));
}
