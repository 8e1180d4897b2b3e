import { describe, expect, it } from "vitest";
import { createTranslator } from "../../../../shared/i18n/translate.js";
import {
  buildCadence,
  describeCadence,
  followingDates,
  isLastOfMonth,
  nthOfDate,
  nthWeekdayDate,
  weekdayName,
} from "./cadence.js";

const en = createTranslator("en");
const pt = createTranslator("pt-BR");
const es = createTranslator("es");
const TUESDAY = 1;

describe("describeCadence", () => {
  it("phrases weekly rhythms with their weekday", () => {
    expect(describeCadence(en, "en", { frequency: "weekly" }, TUESDAY)).toBe("Every week on Tuesday");
    expect(describeCadence(en, "en", { frequency: "biweekly" }, TUESDAY)).toBe("Every 2 weeks on Tuesday");
    expect(describeCadence(en, "en", { frequency: "every_n_weeks", interval: 3 }, TUESDAY)).toBe(
      "Every 3 weeks on Tuesday",
    );
    expect(describeCadence(en, "en", { frequency: "every_n_weeks", interval: 1 }, TUESDAY)).toBe(
      "Every week on Tuesday",
    );
    expect(describeCadence(pt, "pt-BR", { frequency: "weekly" }, 5)).toBe("Toda semana, aos sábados");
    expect(describeCadence(es, "es", { frequency: "every_n_weeks", interval: 3 }, TUESDAY)).toBe(
      "Cada 3 semanas, los martes",
    );
  });

  it("leaves the weekday out when it is unknown", () => {
    expect(describeCadence(en, "en", { frequency: "weekly" }, null)).toBe("Every week");
    expect(describeCadence(pt, "pt-BR", { frequency: "biweekly" }, null)).toBe("A cada 2 semanas");
  });

  it("phrases monthly rhythms, including the last weekday, with agreeing articles", () => {
    const lastFriday = { frequency: "monthly_nth_weekday", weekday: "FR", nth: -1 } as const;
    expect(describeCadence(en, "en", lastFriday, null)).toBe("Monthly on the last Friday");
    expect(describeCadence(pt, "pt-BR", lastFriday, null)).toBe("Todo mês, na última sexta-feira");
    expect(describeCadence(es, "es", lastFriday, null)).toBe("Cada mes, el último viernes");
    const firstSaturday = { frequency: "monthly_nth_weekday", weekday: "SA", nth: 1 } as const;
    expect(describeCadence(pt, "pt-BR", firstSaturday, null)).toBe("Todo mês, no primeiro sábado");
    expect(describeCadence(en, "en", { frequency: "monthly_nth_weekday", weekday: "MO", nth: 2 }, null)).toBe(
      "Monthly on the second Monday",
    );
  });

  it("says when there is no rhythm", () => {
    expect(describeCadence(en, "en", { frequency: "none" }, TUESDAY)).toBe("No fixed rhythm");
  });
});

describe("monthly arithmetic", () => {
  it("finds which weekday of the month a date is", () => {
    expect(nthOfDate("2026-11-24")).toEqual({ nth: 4, weekday: "TU" });
    expect(nthOfDate("2026-12-01")).toEqual({ nth: 1, weekday: "TU" });
    expect(nthOfDate("2026-12-29")).toEqual({ nth: -1, weekday: "TU" });
    expect(isLastOfMonth("2026-11-24")).toBe(true);
    expect(isLastOfMonth("2026-11-17")).toBe(false);
  });

  it("finds the nth and the last weekday of a month", () => {
    expect(nthWeekdayDate(2026, 11, 4, -1)).toBe("2026-11-27");
    expect(nthWeekdayDate(2026, 2, 0, 1)).toBe("2026-02-02");
    expect(nthWeekdayDate(2026, 2, 6, -1)).toBe("2026-02-22");
    expect(nthWeekdayDate(2026, 12, 1, 3)).toBe("2026-12-15");
  });
});

describe("followingDates", () => {
  it("steps weekly rhythms by whole weeks", () => {
    expect(followingDates({ frequency: "weekly" }, "2026-12-29", 2)).toEqual(["2027-01-05", "2027-01-12"]);
    expect(followingDates({ frequency: "every_n_weeks", interval: 3 }, "2026-12-01", 2)).toEqual([
      "2026-12-22",
      "2027-01-12",
    ]);
  });

  it("places monthly rhythms after the first date, even when the first date is off-pattern", () => {
    const lastFriday = { frequency: "monthly_nth_weekday", weekday: "FR", nth: -1 } as const;
    expect(followingDates(lastFriday, "2026-11-27", 3)).toEqual(["2026-12-25", "2027-01-29", "2027-02-26"]);
    expect(followingDates(lastFriday, "2026-11-02", 2)).toEqual(["2026-11-27", "2026-12-25"]);
  });

  it("has nothing to add without a rhythm", () => {
    expect(followingDates({ frequency: "none" }, "2026-11-27", 3)).toEqual([]);
  });
});

describe("buildCadence and weekday names", () => {
  it("keeps only the fields each frequency needs", () => {
    const options = { interval: 3, weekday: "FR", nth: -1 } as const;
    expect(buildCadence("weekly", options)).toEqual({ frequency: "weekly" });
    expect(buildCadence("every_n_weeks", options)).toEqual({ frequency: "every_n_weeks", interval: 3 });
    expect(buildCadence("monthly_nth_weekday", options)).toEqual({
      frequency: "monthly_nth_weekday",
      weekday: "FR",
      nth: -1,
    });
  });

  it("names weekdays in the UI language", () => {
    expect(weekdayName("en", 0)).toBe("Monday");
    expect(weekdayName("es", 2)).toBe("miércoles");
  });
});
