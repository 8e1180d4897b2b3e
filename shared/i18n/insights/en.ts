/** English messages of the insight pages (dashboard, pair insights, search, analytics). */
export const insightsEn = {
  "insights.placeholder": "Insights",
} as const;
