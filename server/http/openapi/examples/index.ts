import { actionsExamples } from "./actions.js";
import { agendaExamples } from "./agenda.js";
import { auditExamples } from "./audit.js";
import { authExamples } from "./auth.js";
import { calendarExamples } from "./calendar.js";
import { checkInsExamples } from "./check-ins.js";
import { exportExamples } from "./export.js";
import { feedbackExamples } from "./feedback.js";
import { goalsExamples } from "./goals.js";
import { insightsExamples } from "./insights.js";
import { invitationsExamples } from "./invitations.js";
import { meetingsExamples } from "./meetings.js";
import { notesExamples } from "./notes.js";
import { notificationsExamples } from "./notifications.js";
import { oneOnOnesExamples } from "./one-on-ones.js";
import { peopleExamples } from "./people.js";
import { searchExamples } from "./search.js";
import { ssoExamples } from "./sso.js";
import { templatesExamples } from "./templates.js";
import { tokensExamples } from "./tokens.js";
import type { OperationExamples } from "./types.js";
import { webhooksExamples } from "./webhooks.js";

/** Every operation's examples; the OpenAPI transform checks each against the route's own schema. */
export const operationExamples: OperationExamples = {
  ...actionsExamples,
  ...agendaExamples,
  ...auditExamples,
  ...authExamples,
  ...calendarExamples,
  ...checkInsExamples,
  ...exportExamples,
  ...feedbackExamples,
  ...goalsExamples,
  ...insightsExamples,
  ...invitationsExamples,
  ...meetingsExamples,
  ...notesExamples,
  ...notificationsExamples,
  ...oneOnOnesExamples,
  ...peopleExamples,
  ...searchExamples,
  ...ssoExamples,
  ...templatesExamples,
  ...tokensExamples,
  ...webhooksExamples,
};

export type { OperationExamples } from "./types.js";
