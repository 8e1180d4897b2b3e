import type { insightsEn } from "./en.js";

export const insightsPtBR: Record<keyof typeof insightsEn, string> = {
  "insights.placeholder": "Insights",
};
