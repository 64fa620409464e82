import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import worker from "../../src/index";
import { currentSlot } from "../../src/jobs/digests";
import { readSettings, type Settings } from "../../src/settings";
import { subscriberToken } from "../support/links";
import { buildMediumFeed, createFakeFeed, uniqueFeedUrl, uniqueItem, type FeedItem } from "../support/fake-feed";
import { createFakeResend } from "../support/fake-resend";
import { installNetwork } from "../support/network";
import { callWorker, seedSubscriber } from "../support/subscribers";

const HOUR = 60 * 60 * 1000;

function settingsWith(overrides: Partial<Env>): Settings {
  const read = readSettings({ ...env, ...overrides });
  if (!read.ok) throw new Error(read.problems.join("; "));
  return read.settings;
}

describe("currentSlot", () => {
  const settings = settingsWith({ DIGEST_HOUR: "8", DIGEST_WEEKDAY: "1" });
  it.each([
    ["2026-11-24T08:00:00Z", "daily", "2026-11-24T08:00:00.000Z"],
    ["2026-11-24T07:59:59Z", "daily", "2026-11-23T08:00:00.000Z"],
    ["2026-11-24T23:45:00Z", "daily", "2026-11-24T08:00:00.000Z"],
    // 2026-11-23 is a Monday (weekday 1).
    ["2026-11-23T08:15:00Z", "weekly", "2026-11-23T08:00:00.000Z"],
    ["2026-11-23T07:00:00Z", "weekly", "2026-11-16T08:00:00.000Z"],
    ["2026-11-29T12:00:00Z", "weekly", "2026-11-23T08:00:00.000Z"],
  ] as const)("%s (%s) → %s", (now, cadence, slot) => {
    expect(currentSlot(settings, cadence, new Date(now)).toISOString()).toBe(slot);
  });
});

describe("daily digests on the cron", () => {
  it("sends a daily subscriber one combined edition for three reviews published that day, once", async () => {
    const url = uniqueFeedUrl();
    const items: FeedItem[] = [uniqueItem("old")];
    const feed = createFakeFeed(buildMediumFeed(items));
    const resend = createFakeResend({ ratePerSecond: 1000 });
    installNetwork({ "feeds.test": feed.handle, "resend.test": resend.handle });
    // The digest hour is the next whole hour at least a minute away, so every step below happens before it.
    const slot = Math.ceil((Date.now() + 60_000) / HOUR) * HOUR;
    const cronEnv = { ...env, FEED_URL: url, DIGEST_HOUR: String(new Date(slot).getUTCHours()) };
    const runCron = async (at: number) => {
      const ctx = createExecutionContext();
      await worker.scheduled(createScheduledController({ scheduledTime: at, cron: "*/15 * * * *" }), cronEnv, ctx);
      await waitOnExecutionContext(ctx);
    };
    await runCron(Date.now()); // seeds the feed

    const instant = await seedSubscriber();
    const daily = await seedSubscriber();
    // The reader switches to a daily digest through their preferences link.
    const token = await subscriberToken("preferences", daily.id);
    const saved = await callWorker(
      new Request("https://digest.test/preferences", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ token, cadence: "daily" }) }),
      cronEnv,
    );
    expect(saved.status).toBe(200);

    const published: FeedItem[] = [];
    for (const label of ["one", "two", "three"]) {
      published.unshift(uniqueItem(label));
      feed.publish(buildMediumFeed([...published, ...items]));
      await runCron(Date.now());
    }
    await vi.waitFor(() => expect(resend.sentTo(instant.email)).toHaveLength(3), { timeout: 10_000, interval: 100 });
    expect(resend.sentTo(daily.email)).toHaveLength(0);

    await runCron(slot + 60_000);
    await vi.waitFor(() => expect(resend.sentTo(daily.email)).toHaveLength(1), { timeout: 10_000, interval: 100 });
    const [digest] = resend.sentTo(daily.email);
    expect(digest?.subject).toMatch(/^3 new reviews: /);
    for (const item of published) expect(digest?.html).toContain(item.title);
    expect(digest?.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(digest?.headers?.["List-Unsubscribe"]).toMatch(/^<https:\/\/digest\.test\/unsubscribe\?token=/);
    const edition = await env.DB.prepare(
      "SELECT e.kind, json_array_length(e.reviews_json) AS reviews FROM deliveries d JOIN editions e ON e.id = d.edition_id WHERE d.subscriber_id = ?1",
    )
      .bind(daily.id)
      .all<{ kind: string; reviews: number }>();
    expect(edition.results).toEqual([{ kind: "daily", reviews: 3 }]);
    expect(resend.sentTo(instant.email)).toHaveLength(3);

    // Later ticks in the same slot send nothing more, even with a new review in between.
    published.unshift(uniqueItem("late"));
    feed.publish(buildMediumFeed([...published, ...items]));
    await runCron(slot + 16 * 60_000);
    await runCron(slot + 31 * 60_000);
    await vi.waitFor(() => expect(resend.sentTo(instant.email)).toHaveLength(4), { timeout: 10_000, interval: 100 });
    expect(resend.sentTo(daily.email)).toHaveLength(1);

    // The next day's slot carries the late review alone.
    await runCron(slot + 24 * HOUR);
    await vi.waitFor(() => expect(resend.sentTo(daily.email)).toHaveLength(2), { timeout: 10_000, interval: 100 });
    expect(resend.sentTo(daily.email)[1]?.subject).toBe(published[0]?.title);
  }, 60_000);
});
