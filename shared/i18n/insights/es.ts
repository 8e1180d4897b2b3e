import type { insightsEn } from "./en.js";

export const insightsEs: Record<keyof typeof insightsEn, string> = {
  "insights.placeholder": "Información",
};
