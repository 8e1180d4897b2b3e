import type { Random } from "./random.js";

/** The word the benchmark searches for: common across the organization, and in the featured leader's pairs. */
export const SEARCH_TERM = "roadmap";

const PROJECTS = (
  "billing revamp|search latency|mobile onboarding|payments API|data warehouse|CI runners|design system|" +
  "customer portal|pricing page|audit log|SSO rollout|analytics pipeline|support tooling|release train|" +
  "checkout flow|notification service|partner integration|accessibility pass|cost dashboard|on-call handbook"
).split("|");
const TEAMS = "platform|growth|mobile|data|infra|support|design|security|sales engineering|finance".split("|");
const TOOLS = "Kubernetes|Terraform|the feature flags|Grafana|the new CRM|Figma|the test harness|Postgres".split("|");
const QUARTERS = ["Q1", "Q2", "Q3", "Q4", "next quarter", "this half"];

/** Fills {project}, {team}, {tool}, {quarter} and {n} in a phrase. */
export function fill(random: Random, phrase: string): string {
  return phrase.replace(/\{(project|team|tool|quarter|n)\}/g, (_, key: string) => {
    switch (key) {
      case "project":
        return random.pick(PROJECTS);
      case "team":
        return random.pick(TEAMS);
      case "tool":
        return random.pick(TOOLS);
      case "quarter":
        return random.pick(QUARTERS);
      default:
        return String(random.int(2, 9));
    }
  });
}

/** Talking points by template section key. */
export const TOPICS: Record<string, string[]> = {
  check_in: [
    "How the new on-call rotation is feeling",
    "Energy after the {project} launch",
    "Back from holiday: catching up",
    "Workload this sprint feels heavy",
    "Settling into the {team} team",
    "Sleep and focus during the release week",
    "How remote days are going",
  ],
  progress: [
    "{project}: what is left before launch",
    "Blocked on the {project} review",
    "Migration to {tool}: status",
    "Estimating the {project} work",
    "Customer escalation last week",
    "Where the {quarter} roadmap stands for {project}",
    "Flaky tests slowing the {team} team down",
    "Handover of {project} to the {team} team",
    "Incident follow-ups from last week",
    "Scope creep on {project}",
    "Dependencies on the {team} team",
  ],
  feedback: [
    "How the design review went from your side",
    "Written updates: shorter and earlier?",
    "Feedback on the {project} demo",
    "How I can support you better",
    "Running the {team} sync",
    "Code review tone in the {team} channel",
  ],
  development: [
    "Conference talk proposal",
    "Mentoring the new hires",
    "Path towards a senior role",
    "Leading the {quarter} roadmap planning",
    "Learning {tool} properly",
    "Shadowing the {team} lead",
    "Training budget for {quarter}",
  ],
  wrap_up: ["Next steps and owners", "Confirm the date of our next 1:1", "Anything we did not get to?"],
};

/** Sentences of shared notes; a few mention the search term. */
export const NOTE_SENTENCES = [
  "Good week overall; the {project} launch went smoothly and we agreed to write a short retro.",
  "Talked about workload: two projects in parallel is too much, so the reporting work moves to the {team} team.",
  "The architecture doc was clear and well argued; next time share a draft earlier.",
  "Interested in leading the next planning cycle; will shadow this one first.",
  "Short one today: unblocked the {project} review, nothing else urgent.",
  "We went through the {quarter} roadmap and cut two items that no longer matter.",
  "The {team} team is waiting on us for {project}; agreed on a date and who tells them.",
  "Energy is lower than usual after {n} weeks of on-call; we will rebalance the rotation.",
  "Discussed the promotion criteria and what evidence to collect over the next months.",
  "Migration to {tool} is about {n}0% done; the rest depends on the {team} team.",
  "Customer feedback on {project} was mixed; we will talk to {n} customers before changing course.",
  "Agreed to keep Friday afternoons free of meetings for deep work.",
  "The roadmap for {project} is too ambitious for {quarter}; we will propose a smaller first step.",
  "Pairing with the new hire is going well; they shipped their first change this week.",
  "We reviewed the incident from Tuesday; the follow-ups are owned and dated.",
  "Wants more visibility into why priorities changed; I will share the context from the leadership meeting.",
  "Feels stuck on {project}; we split it into smaller pieces with a check-in on Thursday.",
  "Talked about how to say no to requests that are not on the roadmap.",
  "Good progress on the talk proposal; the deadline is in {n} weeks.",
  "Asked for feedback on the {team} sync; it runs long, so we will try a written agenda.",
  "Nothing blocking right now; mostly a chat about the team's mood after the reorg.",
  "The estimate for {project} slipped by {n} weeks; agreed to tell stakeholders today, not Friday.",
  "We compared the {quarter} roadmap with the hiring plan; one project waits for a new hire.",
  "Code reviews are taking too long; we will try a daily review slot.",
  "Celebrated the {project} milestone; the {team} team sent thanks.",
  "Discussed a training budget request for a {tool} course; approved.",
  "Worried about a colleague's workload; I will check in with them directly.",
  "Would like to mentor someone next quarter; we picked a candidate together.",
  "Preparing the roadmap review with the {team} team next week.",
  "Took stock of the last {n} weeks: steady progress, fewer interruptions.",
];

/** Phrases of private notes (the leader's reminders to self, or the teammate's). */
export const PRIVATE_SENTENCES = [
  "Seemed tired; follow up next week without making it a big deal.",
  "Remember to mention the promotion timeline.",
  "Ask how the move went.",
  "Raise the {project} estimate with my own manager.",
  "Bring up the feedback from the {team} team gently.",
  "Want to ask about taking the lead on {project}.",
  "Check whether the roadmap change was explained to the team.",
  "Say thanks for covering the on-call shift.",
];

export const ACTIONS = [
  "Write the {project} retro",
  "Share the draft RFC for {project} with the team",
  "Book the conference travel",
  "Hand over the weekly report",
  "Set up a pairing session on the flaky tests",
  "Ask finance about the training budget",
  "Update the {quarter} roadmap doc",
  "Talk to the {team} lead about dependencies",
  "Write the on-call handover notes",
  "Prepare the demo for the {team} team",
  "Review the {project} estimates",
  "Send the promotion packet draft",
  "Schedule a skip-level with the {team} lead",
];

export const PRAISE = [
  "Your write-up of the incident was calm and clear",
  "Great job unblocking the {team} team",
  "The {project} demo landed really well",
  "Thanks for mentoring the new hire so patiently",
  "The roadmap review you ran was focused and short",
];

export const IMPROVEMENTS: Array<[string, string]> = [
  ["Share drafts earlier", "The {project} RFC arrived the night before the review"],
  ["Keep status updates shorter", "Monday's update was two pages long"],
  ["Say when you are blocked sooner", "We learned about the {tool} issue a week late"],
  ["Involve the {team} team earlier", "They found out about {project} from the release notes"],
];

export const UPWARD = [
  "More context on why priorities changed would help",
  "The quick check-ins are useful, keep them",
  "I'd like feedback sooner after big presentations",
  "Please protect the team from last-minute requests",
  "The roadmap changes felt sudden; a heads-up would help",
];

export const GOALS: Array<[string, string, string[]]> = [
  [
    "Lead a cross-team design review",
    "Grow towards a senior role",
    ["Shadowed the API review", "Ran the first part of a review", "Led a full review with the {team} team"],
  ],
  [
    "Speak at an internal tech talk",
    "Practise presenting to a bigger audience",
    ["Picked the topic: {project}", "Dry run with the team", "Gave the talk; good questions"],
  ],
  [
    "Mentor one of the new hires",
    "Learn to teach, not just do",
    ["Weekly pairing sessions started", "Mentee shipped their first feature"],
  ],
  [
    "Own the {quarter} roadmap for {project}",
    "Practise planning and saying no",
    ["First draft of the roadmap shared", "Cut scope with stakeholders", "Roadmap agreed"],
  ],
  ["Get certified in {tool}", "Go deeper on the platform", ["Course started", "Passed the practice exam"]],
  [
    "Improve written communication",
    "Updates that people read",
    ["Tried the short-update format", "Positive feedback from the {team} team"],
  ],
];

export const STANDING_ITEMS: Array<[string, string]> = [
  ["check_in", "How are you doing, really?"],
  ["progress", "On-call load this week"],
  ["progress", "Hiring pipeline"],
  ["development", "Progress on your development goal"],
  ["feedback", "Anything I should do differently?"],
];

export const CHECK_IN_NOTES = [
  "Tired but fine",
  "Good week",
  "Busy with the release",
  "A bit stressed about the deadline",
  "Feeling energised",
  "Rough week at home",
];

export const CANCEL_REASONS = [
  "Sick day",
  "Customer visit",
  "Public holiday",
  "Travelling",
  "Offsite",
  "Parental leave",
];
export const RESCHEDULE_REASONS = [
  "Clash with the all-hands",
  "Dentist appointment",
  "Moved for the release",
  "Customer call",
  "Time zone mix-up",
];
