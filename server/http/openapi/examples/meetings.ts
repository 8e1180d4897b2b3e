import type { ActionItem } from "../../../../shared/schemas/meetings.js";
import { conferenceBudget } from "./agenda.js";
import { defaultSections } from "./templates.js";
import type { OperationExamples } from "./types.js";

/** An open action, just agreed and on no goal: who owns it, where it came from, and what it says. */
const openAction = (item: Pick<ActionItem, "id" | "oneOnOneId" | "meetingId" | "ownerId" | "title" | "dueDate">) => ({
  ...item,
  status: "open",
  completedAt: null,
  createdAt: "2026-03-02T09:00:00.000Z",
  followUp: false,
  goalId: null,
  version: 1,
});

/** A held meeting as the history lists it. */
/** A meeting not started yet (as un-start leaves it); the start example is this one, started. */
const upcomingMeeting = {
  id: "007bad3f-30c4-458b-8811-32ba613fb5b1",
  oneOnOneId: "5b71e5c2-7800-44db-ac24-6e5759907ed5",
  scheduledAt: "2026-03-03T09:00:00.000Z",
  originalScheduledAt: null,
  durationMinutes: 45,
  status: "scheduled" as const,
  startedAt: null as string | null,
  completedAt: null,
  cancelReason: null,
  rescheduleReason: null,
  templateName: "Rapport 1:1 (five parts)",
  editedAfterAt: null,
};

const pastMeeting = {
  id: "2283bc96-a6e6-49d6-9ba7-aec7f97d1d71",
  oneOnOneId: "143463f2-3c09-406f-979b-fc6bab7bfa39",
  scheduledAt: "2026-03-17T09:00:00.000Z",
  originalScheduledAt: null,
  durationMinutes: 45,
  status: "completed",
  startedAt: "2026-03-02T09:00:00.000Z" as string | null,
  completedAt: "2026-03-02T09:00:00.000Z" as string | null,
  cancelReason: null as string | null,
  rescheduleReason: null,
  templateName: "Rapport 1:1 (five parts)",
  editedAfterAt: "2026-03-17T10:30:00.000Z" as string | null,
  agendaCount: 3,
  discussedCount: 0,
  actionCount: 0,
  sharedNotePreview: null,
};

/** Examples for the meetings operations, captured from the test suite's real answers. */
export const meetingsExamples: OperationExamples = {
  "GET /api/v1/home": {
    response: {
      upcoming: [
        {
          meeting: {
            id: "838801af-67c5-45fe-ae3a-709765be2ef0",
            scheduledAt: "2026-03-03T09:00:00.000Z",
            status: "scheduled",
            durationMinutes: 45,
            startedAt: null,
          },
          oneOnOneId: "231a4787-9a27-4527-b716-0ad942db7612",
          role: "teammate",
          counterpart: {
            id: "e93457f6-f269-4f95-ba57-b293080c4455",
            name: "Leo Leader",
            email: "member-664c4b99@example.com",
          },
          agendaCount: 1,
          myAgendaCount: 0,
          needsPreparation: true,
        },
      ],
      openActions: [
        {
          ...openAction({
            id: "0e8a102f-88c0-4925-a334-58d7180ded15",
            oneOnOneId: "231a4787-9a27-4527-b716-0ad942db7612",
            meetingId: "838801af-67c5-45fe-ae3a-709765be2ef0",
            ownerId: "ea40f2dd-ce61-4bfa-926d-98003d25e3c8",
            title: "Share the doc",
            dueDate: "2026-03-05",
          }),
          counterpart: {
            id: "e93457f6-f269-4f95-ba57-b293080c4455",
            name: "Leo Leader",
            email: "member-664c4b99@example.com",
          },
        },
      ],
      abilities: { startOneOnOne: false },
    },
  },
  "GET /api/v1/one-on-ones/:id/meetings": {
    response: {
      meetings: [
        pastMeeting,
        {
          ...pastMeeting,
          id: "e41d29cf-14f9-4a2d-b65d-87652c59826a",
          scheduledAt: "2026-03-10T09:00:00.000Z",
          status: "canceled",
          startedAt: null,
          completedAt: null,
          cancelReason: "Sick",
          editedAfterAt: null,
          agendaCount: 2,
        },
      ],
      nextCursor: "MjAyNi0wMy0xMFQwOTowMDowMC4wMDBafGU0MWQyOWNmLTE0ZjktNGEyZC1iNjVkLTg3NjUyYzU5ODI2YQ",
    },
  },
  "GET /api/v1/meetings/:id": {
    response: {
      meeting: {
        id: "007bad3f-30c4-458b-8811-32ba613fb5b1",
        oneOnOneId: "5b71e5c2-7800-44db-ac24-6e5759907ed5",
        scheduledAt: "2026-03-03T09:00:00.000Z",
        originalScheduledAt: null,
        durationMinutes: 45,
        status: "completed",
        startedAt: "2026-03-02T09:00:00.000Z",
        completedAt: "2026-03-02T09:00:00.000Z",
        cancelReason: null,
        rescheduleReason: null,
        templateName: "Rapport 1:1 (five parts)",
        editedAfterAt: null,
      },
      oneOnOne: {
        id: "5b71e5c2-7800-44db-ac24-6e5759907ed5",
        kind: "manager",
        leader: {
          id: "83d18175-cffa-444b-80ee-2b6ed6e6507f",
          name: "Leo Leader",
          email: "member-d37ce90e@example.com",
          timezone: "Europe/Lisbon",
        },
        teammate: {
          id: "61ac8b58-7126-49fc-aa73-2df015c6fad5",
          name: "Tina Teammate",
          email: "member-c363ac48@example.com",
          timezone: "America/Sao_Paulo",
        },
        timezone: "UTC",
      },
      sections: defaultSections,
      agendaItems: [
        conferenceBudget,
        {
          id: "444ccb17-0ea6-4f70-b412-30c537d3c950",
          meetingId: "007bad3f-30c4-458b-8811-32ba613fb5b1",
          sectionKey: "progress",
          authorId: "61ac8b58-7126-49fc-aa73-2df015c6fad5",
          body: "Vacation plans",
          position: 0,
          discussed: true,
          carriedFrom: null,
          standingItemId: null,
          createdAt: "2026-03-02T09:00:00.000Z",
          updatedAt: "2026-03-02T09:00:00.000Z",
          version: 1,
        },
      ],
      standingItems: [],
      sharedNote: {
        body: "Agreed on vacation dates",
        version: 1,
        updatedAt: "2026-03-02T09:00:00.000Z",
        updatedBy: "83d18175-cffa-444b-80ee-2b6ed6e6507f",
      },
      myPrivateNote: {
        body: "",
        version: 0,
        updatedAt: null,
        updatedBy: null,
      },
      actionItems: [
        openAction({
          id: "805875cd-5ec3-44d8-b2ed-f10011b5f214",
          oneOnOneId: "5b71e5c2-7800-44db-ac24-6e5759907ed5",
          meetingId: "007bad3f-30c4-458b-8811-32ba613fb5b1",
          ownerId: "61ac8b58-7126-49fc-aa73-2df015c6fad5",
          title: "Book flights",
          dueDate: null,
        }),
      ],
      myRating: 4,
      ratingSharing: { sharedWithLeader: false, canChange: false },
      checkIn: null,
      feedback: [],
      goals: [],
      previousMeeting: null,
      nextMeeting: {
        id: "50d65fe1-3c4e-4864-b0b2-ad87803d4dce",
        scheduledAt: "2026-03-10T09:00:00.000Z",
        status: "scheduled",
        completedAt: null,
      },
      cadenceNextAt: null,
      oneOnOneStatus: "active",
      abilities: {
        start: false,
        complete: false,
        cancel: false,
        reschedule: false,
        rate: true,
        addAgendaItem: false,
        editAgendaItem: false,
        deleteAgendaItem: false,
        checkIn: false,
        writeSharedNote: true,
        writePrivateNote: true,
        addAction: true,
        updateAction: true,
        giveFeedback: true,
        unstart: false,
        tickAgendaItem: true,
        sendAmendedRecap: true,
      },
      section: null,
      presence: [
        { userId: "83d18175-cffa-444b-80ee-2b6ed6e6507f", lastSeenAt: "2026-03-02T09:40:00.000Z" },
        { userId: "61ac8b58-7126-49fc-aa73-2df015c6fad5", lastSeenAt: "2026-03-02T09:41:00.000Z" },
      ],
      serverNow: "2026-03-04T08:00:00.000Z",
    },
  },
  "PUT /api/v1/meetings/:id/section": {
    body: { sectionKey: "progress" },
    response: { section: { key: "progress", startedAt: "2026-03-03T09:12:00.000Z", pausedAt: null } },
  },
  "POST /api/v1/meetings/:id/start": {
    body: { confirmEarly: true },
    response: { ...upcomingMeeting, startedAt: "2026-03-02T09:00:00.000Z" },
  },
  "POST /api/v1/meetings/:id/unstart": { response: upcomingMeeting },
  "POST /api/v1/meetings/:id/recap": {
    response: { sent: true },
  },
  "POST /api/v1/meetings/:id/complete": {
    body: {
      rating: 5,
    },
    response: {
      meeting: {
        id: "719786a0-d87a-4612-92b9-b9101535d9ff",
        oneOnOneId: "ecc4b1bc-2430-4a1d-9414-0580ce1d3123",
        scheduledAt: "2026-03-03T09:00:00.000Z",
        originalScheduledAt: null,
        durationMinutes: 45,
        status: "completed",
        startedAt: "2026-03-04T09:00:00.000Z",
        completedAt: "2026-03-04T09:00:00.000Z",
        cancelReason: null,
        rescheduleReason: null,
        templateName: "Rapport 1:1 (five parts)",
        editedAfterAt: null,
      },
      nextMeeting: {
        id: "637addcc-12e8-4c51-b1fb-102173eda93a",
        scheduledAt: "2026-03-10T09:00:00.000Z",
        status: "scheduled",
      },
    },
  },
  "POST /api/v1/meetings/:id/cancel": {
    body: {
      reason: "Travelling",
    },
    response: {
      meeting: {
        id: "472e9d00-0911-452a-bc0a-60104c5d2cc5",
        oneOnOneId: "4f05ee1b-acd1-49bf-bf5f-d85010d9b8a5",
        scheduledAt: "2026-03-03T09:00:00.000Z",
        originalScheduledAt: null,
        durationMinutes: 45,
        status: "canceled",
        startedAt: null,
        completedAt: null,
        cancelReason: "Travelling",
        rescheduleReason: null,
        templateName: "Rapport 1:1 (five parts)",
        editedAfterAt: null,
      },
      nextMeeting: {
        id: "17c07491-8e45-43d1-b601-652c39b73ad2",
        scheduledAt: "2026-03-10T09:00:00.000Z",
        status: "scheduled",
      },
    },
  },
  "POST /api/v1/meetings/:id/reschedule": {
    body: {
      scheduledAt: "2026-03-03T11:00:00.000Z",
      reason: "Dentist",
    },
    response: {
      meeting: {
        id: "2cc00fd1-076e-442e-b6b9-ecb61532292b",
        oneOnOneId: "4a441218-85aa-4eeb-b6b3-70aebed7145e",
        scheduledAt: "2026-03-03T11:00:00.000Z",
        originalScheduledAt: "2026-03-03T09:00:00.000Z",
        durationMinutes: 45,
        status: "scheduled",
        startedAt: null,
        completedAt: null,
        cancelReason: null,
        rescheduleReason: "Dentist",
        templateName: "Rapport 1:1 (five parts)",
        editedAfterAt: null,
      },
      nextMeeting: null,
    },
  },
  "POST /api/v1/meetings/:id/rating": {
    body: {
      score: 5,
    },
    response: {
      score: 5,
    },
  },
};
