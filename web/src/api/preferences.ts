import { request } from "./client.js";

export type NotificationPreferences = { reminders: boolean; recaps: boolean; digest: boolean; nudges: boolean };

/** Which e-mails I receive. */
export const getNotifications = () => request<NotificationPreferences>("GET", "/api/v1/me/notifications");

/** Turns kinds of e-mail on or off. */
export const updateNotifications = (patch: Partial<NotificationPreferences>) =>
  request<NotificationPreferences>("PATCH", "/api/v1/me/notifications", patch);

/** My secret calendar feed URL. */
export const getCalendarFeed = () => request<{ url: string }>("GET", "/api/v1/calendar-feed");

/** A new secret URL; the old one stops working at once. */
export const rotateCalendarFeed = () => request<{ url: string }>("POST", "/api/v1/calendar-feed/rotate");
