// The overview's "next scheduled poll": a small cron reader, checked on the expressions we use.
import { describe, expect, it } from "vitest";
import { findNextCronRun, POLL_CRON } from "../../src/http/console/cron";

const at = (iso: string) => new Date(iso);

describe("findNextCronRun", () => {
  it.each([
    ["*/15 * * * *", "2026-11-24T10:07:31Z", "2026-11-24T10:15:00.000Z"],
    ["*/15 * * * *", "2026-11-24T10:15:00Z", "2026-11-24T10:30:00.000Z"],
    ["*/15 * * * *", "2026-12-31T23:59:00Z", "2027-01-01T00:00:00.000Z"],
    ["0 8 * * *", "2026-11-24T08:00:00Z", "2026-11-25T08:00:00.000Z"],
    ["0 8 * * 1", "2026-11-24T09:00:00Z", "2026-11-30T08:00:00.000Z"],
    ["5,35 9-10 * * *", "2026-11-24T09:36:00Z", "2026-11-24T10:05:00.000Z"],
  ])("%s after %s is %s", (expression, now, next) => {
    expect(findNextCronRun(expression, at(now))?.toISOString()).toBe(next);
  });

  it.each(["", "* * * *", "61 * * * *", "*/0 * * * *", "a b c d e", "0 8 31 2 *"])("gives up on %j", (expression) => {
    expect(findNextCronRun(expression, at("2026-11-24T10:00:00Z"))).toBeUndefined();
  });

  it("knows the poll's schedule", () => {
    expect(POLL_CRON).toBe("*/15 * * * *");
  });
});
