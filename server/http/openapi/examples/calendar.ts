import type { OperationExamples } from "./types.js";

/** Examples for the calendar operations, captured from the test suite's real answers. */
export const calendarExamples: OperationExamples = {
  "GET /api/v1/calendar-feed": {
    response: {
      url: "http://localhost:3000/calendar/YmNlMGEyYmMtOTE1MC00NGU4LWFmZGMtNTU3OTI4ZjNlODcx.6jkVx1m0D1dz_wfj2TPtsBRFUKkrM9if40a_bZatjuM.ics",
    },
  },
  "POST /api/v1/calendar-feed/rotate": {
    response: {
      url: "http://localhost:3000/calendar/ZmU0NjgwN2YtODVkOS00NjI4LTg2M2YtMDBjMTM4YzNhOTk4.T1NAcw6e6YM4gHxsOL5_cI83e3K_g8_eC93jYv3AJ_s.ics",
    },
  },
};
