import { describe, expect, test } from "vitest";
import { formatLongDate } from "../../src/core/dates";

describe("formatLongDate", () => {
  test("writes the day, the month's name and the year, in UTC", () => {
    expect(formatLongDate(new Date("2023-12-05T14:31:07Z"))).toBe("5 December 2023");
    expect(formatLongDate(new Date("2024-01-31T23:59:59Z"))).toBe("31 January 2024");
    expect(formatLongDate(new Date("2024-03-01T00:30:00+02:00"))).toBe("29 February 2024");
  });

  test("agrees with en-GB's long date style on every day of a leap-year span", () => {
    const intl = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });
    for (let time = Date.UTC(2023, 0, 1, 12); time < Date.UTC(2025, 0, 1); time += 86_400_000) {
      expect(formatLongDate(new Date(time))).toBe(intl.format(new Date(time)));
    }
  });
});
