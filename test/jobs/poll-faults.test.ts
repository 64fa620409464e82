// One bad item never blocks the rest: hostile nesting, a 150 KB title, a failing item, and a
// backlog of 500 new reviews in one poll, through the real poll and delivery consumer.
import { env } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { pollFeeds } from "../../src/jobs/poll";
import { buildEditions } from "../../src/jobs/poll-editions";
import type { Review } from "../../src/core/types";
import { keyReviews } from "../../src/jobs/new-reviews";
import { buildMediumFeed, createFakeFeed, uniqueFeedUrl, uniqueItem, type FeedItem } from "../support/fake-feed";
import { createFakeResend } from "../support/fake-resend";
import { installNetwork } from "../support/network";
import { addSubscribers } from "../support/pipeline";
import { consume, deliveryEnv } from "./deliver-support";

afterEach(async () => {
  await env.DB.prepare("UPDATE subscribers SET status = 'unsubscribed' WHERE status = 'active'").run();
});

/** A seeded feed, its fake server, Resend, and an env whose queue is recorded. */
async function seededFeed(overrides: Record<string, string> = {}) {
  const url = uniqueFeedUrl();
  const first = uniqueItem("seed");
  const feed = createFakeFeed(buildMediumFeed([first]));
  const resend = createFakeResend();
  installNetwork({ "feeds.test": feed.handle, "resend.test": resend.handle });
  const run = deliveryEnv(overrides);
  await pollFeeds(run.env, new Date(), { feedUrls: [url] });
  return { url, first, feed, resend, run };
}

/** Runs the consumer on everything the poll queued. */
async function deliverQueued(run: ReturnType<typeof deliveryEnv>) {
  for (const item of run.queued.splice(0)) {
    if (item.body.kind === "deliver") await consume(run.env, item.body.editionId, [item.body.chunk]);
  }
}

const nested = (depth: number, text: string) => `${"<div>".repeat(depth)}<p>${text}</p>${"</div>".repeat(depth)}`;

describe("one bad item never blocks the rest", () => {
  it("sends a 10,000-deep item (flattened) and a 150 KB title (cut) beside a good review", async () => {
    const { url, first, feed, resend, run } = await seededFeed();
    const [reader] = await addSubscribers(1);
    const deep: FeedItem = { ...uniqueItem("deep"), html: nested(10_000, "Deep down, the film works.") };
    const long: FeedItem = { ...uniqueItem("long"), title: `Long ${"very ".repeat(30_000)}title` };
    const good = uniqueItem("good");
    feed.publish(buildMediumFeed([deep, long, good, first]));
    const summary = await pollFeeds(run.env, new Date(), { feedUrls: [url] });
    expect(summary).toMatchObject({ ok: true, feeds: [{ status: "ok", newReviews: 3 }] });
    await deliverQueued(run);
    const [mail] = resend.sentTo(reader?.email ?? "");
    expect(mail?.html).toContain(good.title);
    expect(mail?.html).toContain("Deep down, the film works.");
    const cut = /Long (?:very )+[^<]*…/.exec(mail?.html ?? "")?.[0] ?? "";
    expect(cut.length).toBeGreaterThan(100);
    expect(cut.length).toBeLessThanOrEqual(300);
    expect(resend.sentTo(reader?.email ?? "")).toHaveLength(1);
  }, 60_000);

  it("leaves out an item that fails on its own, with its error, and renders the rest", () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const xmlItems = keyReviews<Review>([
      { id: "g1", link: "https://example.com/good", title: "Good", categories: [], html: "<p>Fine.</p>", source: "generic", containsSpoilers: false },
      // What a parser bug could hand over: a body that is not text.
      { id: "g2", link: "https://example.com/bad", title: "Bad", categories: [], html: undefined as unknown as string, source: "generic", containsSpoilers: false },
    ]);
    const built = buildEditions(xmlItems, "Test");
    expect(built.editions).toHaveLength(1);
    expect(built.editions[0]?.keys.map((key) => key.guid)).toEqual(["g1"]);
    expect(built.failed).toEqual([{ key: expect.objectContaining({ guid: "g2" }), error: expect.stringContaining("could not prepare") }]);
  });

  it("delivers a backlog of 500 new reviews in one poll, split across several emails", async () => {
    const { url, first, feed, resend, run } = await seededFeed();
    const [reader] = await addSubscribers(1);
    const backlog = Array.from({ length: 500 }, () => uniqueItem("backlog"));
    feed.publish(buildMediumFeed([...backlog, first]));
    const summary = await pollFeeds(run.env, new Date(), { feedUrls: [url] });
    expect(summary).toMatchObject({ ok: true, feeds: [{ status: "ok", newReviews: 500 }] });
    const editionIds = summary.ok ? summary.editionIds : [];
    expect(editionIds.length).toBe(20);
    await deliverQueued(run);
    const mail = resend.sentTo(reader?.email ?? "");
    expect(mail).toHaveLength(20);
    for (const item of backlog) expect(mail.filter((email) => email.html?.includes(item.title))).toHaveLength(1);
    for (const email of mail) expect(new TextEncoder().encode(email.html ?? "").length).toBeLessThan(102_000);
  }, 120_000);

  it("sends only the newest N of a backlog with MAX_REVIEWS_PER_POLL, recording the rest as seen", async () => {
    const { url, first, feed, run } = await seededFeed({ MAX_REVIEWS_PER_POLL: "30" });
    const backlog = Array.from({ length: 100 }, (_, index) => ({
      ...uniqueItem("capped"),
      published: new Date(Date.UTC(2024, 0, 1) + index * 3_600_000).toUTCString(),
    }));
    feed.publish(buildMediumFeed([...backlog, first]));
    const summary = await pollFeeds(run.env, new Date(), { feedUrls: [url] });
    expect(summary).toMatchObject({ ok: true, feeds: [{ newReviews: 30, seeded: 70 }] });
    const { results } = await env.DB.prepare(
      "SELECT r.link, r.edition_id FROM reviews r JOIN feeds f ON f.id = r.feed_id WHERE f.url = ?1 AND r.guid LIKE '%capped%'",
    )
      .bind(url)
      .all<{ link: string; edition_id: number | null }>();
    expect(results).toHaveLength(100);
    const sent = new Set(results.filter((row) => row.edition_id !== null).map((row) => row.link));
    expect([...sent].sort()).toEqual(backlog.slice(70).map((item) => item.link).sort());
  }, 60_000);
});
