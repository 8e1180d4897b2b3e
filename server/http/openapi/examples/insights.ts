import { withoutOneOnOne } from "../../../modules/insights/dashboard.service.js";
import type { OperationExamples } from "./types.js";

/** The workspace's figures; Marina's team is all of it. */
const overall = {
  pairs: 5,
  expected: 48,
  held: 44,
  canceled: 4,
  rescheduled: 0,
  adherence: 92,
  cancelRate: 8,
  rescheduleRate: 0,
  averageRating: { value: 3.8 as number | null, people: 6, suppressed: false, reason: null as string | null },
  averageMood: { value: 3.7, people: 5, suppressed: false, reason: null },
};

/** Examples for the insights operations, captured from the test suite's real answers. */
export const insightsExamples: OperationExamples = {
  "GET /api/v1/one-on-ones/:id/insights": {
    response: {
      cadence: {
        expected: 4,
        held: 3,
        canceled: 1,
        rescheduled: 0,
        adherence: 75,
        currentStreak: 1,
        longestGapDays: 14,
        daysSinceLast: 6,
        overdue: false,
      },
      mood: [
        {
          meetingId: "ba8a6e7c-6575-45a4-8d06-48173bf46e01",
          date: "2026-03-03T09:00:00.000Z",
          mood: 4,
          energy: null,
        },
        {
          meetingId: "2b3a2579-86fb-4dd8-8add-893e1fb5e0ce",
          date: "2026-03-10T09:00:00.000Z",
          mood: 4,
          energy: null,
        },
      ],
      ratings: [
        {
          meetingId: "ba8a6e7c-6575-45a4-8d06-48173bf46e01",
          date: "2026-03-03T09:00:00.000Z",
          leaderScore: 4,
          teammateScore: null,
        },
        {
          meetingId: "2b3a2579-86fb-4dd8-8add-893e1fb5e0ce",
          date: "2026-03-10T09:00:00.000Z",
          leaderScore: 4,
          teammateScore: null,
        },
      ],
      ratingSharing: { sharedWithLeader: false, canChange: false },
      alerts: [],
    },
  },
  "GET /api/v1/dashboard": {
    response: {
      people: [
        {
          oneOnOneId: "c368a866-7b84-4681-a959-39008cec21fd",
          teammate: {
            id: "c092299d-7427-436a-9bbf-2bd33c875047",
            name: "Tina Teammate",
            email: "member-9ec726a6@example.com",
          },
          kind: "manager",
          status: "active",
          lastMeetingAt: "2026-03-31T09:00:00.000Z",
          nextMeetingAt: "2026-04-07T09:00:00.000Z",
          nextMeetingId: "cdb66a43-7008-4ef8-b73a-ee679f0da2ce",
          daysSinceLast: 6,
          openActions: 0,
          overdueActions: 0,
          moodTrend: [4, 4],
          cadenceHealth: {
            expected: 5,
            held: 3,
            canceled: 2,
            rescheduled: 0,
            adherence: 60,
            currentStreak: 1,
            longestGapDays: 14,
            daysSinceLast: 6,
            overdue: false,
          },
          alerts: ["mood_drop", "repeated_cancellations"],
        },
        {
          oneOnOneId: "3c143a90-2abe-4178-8507-64307063d10d",
          teammate: {
            id: "a4f2cdee-dbdb-4bce-9995-6b8c3495da7e",
            name: "Calm Carl",
            email: "member-736a7f6a@example.com",
          },
          kind: "manager",
          status: "active",
          lastMeetingAt: null,
          nextMeetingAt: "2026-03-03T09:00:00.000Z",
          nextMeetingId: "598a68bb-9aad-408b-a951-22147bb6dde6",
          daysSinceLast: null,
          openActions: 1,
          overdueActions: 1,
          moodTrend: [],
          cadenceHealth: {
            expected: 5,
            held: 0,
            canceled: 0,
            rescheduled: 0,
            adherence: 0,
            currentStreak: 0,
            longestGapDays: 0,
            daysSinceLast: null,
            overdue: true,
          },
          alerts: ["overdue", "overdue_actions"],
        },
        // A direct report with no 1:1 yet: the row the dashboard builds for them.
        withoutOneOnOne({
          id: "5b0f3d43-2f7e-4d55-9a55-6c1f1b7c2e10",
          name: "Nora New",
          email: "member-5b0f3d43@example.com",
        }),
      ],
      needsAttention: 3,
    },
  },
  "GET /api/v1/orgs/:orgId/analytics": {
    response: {
      windowDays: 90,
      aggregatePeriod: { from: "2026-02-01T00:00:00.000Z", to: "2026-03-01T00:00:00.000Z" },
      activePeople: 7,
      coverage: [
        {
          days: 30,
          covered: 6,
          uncovered: [
            {
              id: "95f3f5d8-0466-4f85-9798-4a11cce9a5c1",
              name: "Alex Morgan",
              managerId: null,
            },
          ],
        },
        {
          days: 60,
          covered: 6,
          uncovered: [
            {
              id: "95f3f5d8-0466-4f85-9798-4a11cce9a5c1",
              name: "Alex Morgan",
              managerId: null,
            },
          ],
        },
      ],
      overall,
      teams: [
        {
          manager: {
            id: "682e612b-475f-4792-ba8e-2346f6e2e679",
            name: "Marina Costa",
          },
          size: 5,
          ...overall,
          averageRating: { value: null, people: 5, suppressed: true, reason: "complementary" as string | null },
        },
        {
          manager: {
            id: "95f3f5d8-0466-4f85-9798-4a11cce9a5c1",
            name: "Alex Morgan",
          },
          size: 1,
          pairs: 0,
          expected: 0,
          held: 0,
          canceled: 0,
          rescheduled: 0,
          adherence: null,
          cancelRate: null,
          rescheduleRate: null,
          averageRating: {
            value: null,
            people: 0,
            suppressed: true,
            reason: "small_group",
          },
          averageMood: {
            value: null,
            people: 0,
            suppressed: true,
            reason: "small_group",
          },
        },
      ],
      months: [
        {
          month: "2025-09",
          held: 15,
          canceled: 1,
          rescheduled: 2,
        },
        {
          month: "2025-10",
          held: 17,
          canceled: 0,
          rescheduled: 1,
        },
      ],
    },
  },
};
