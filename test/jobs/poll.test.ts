import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import worker from "../../src/index";
import { pollFeeds } from "../../src/jobs/poll";
import { buildMediumFeed, createFakeFeed, uniqueFeedUrl, uniqueItem } from "../support/fake-feed";
import { createFakeResend } from "../support/fake-resend";
import { installNetwork } from "../support/network";
import { addSubscribers, countReviews, editionIdsOf, findFeedRow, listDeliveries } from "../support/pipeline";

function setup(items = [uniqueItem(), uniqueItem()]) {
  const url = uniqueFeedUrl();
  const feed = createFakeFeed(buildMediumFeed(items));
  const resend = createFakeResend();
  installNetwork({ "feeds.test": feed.handle, "resend.test": resend.handle });
  return { url, feed, resend, items };
}

async function runCron(url: string, at = Date.now()) {
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ scheduledTime: at, cron: "*/15 * * * *" }), { ...env, FEED_URL: url }, ctx);
  await waitOnExecutionContext(ctx);
}


describe("polling on the cron", () => {
  it("seeds on the first poll without sending, then sends a new item once to each active subscriber", async () => {
    const { url, feed, resend, items } = setup();
    const active = await addSubscribers(3);
    const [inactive] = await addSubscribers(1, { status: "unsubscribed" });
    const [daily] = await addSubscribers(1, { cadence: "daily" });
    await runCron(url);
    expect(await findFeedRow(url)).toMatchObject({ last_status: "seeded" });
    expect(await countReviews(url)).toBe(2);
    expect(await editionIdsOf(url)).toEqual([]);

    const fresh = uniqueItem("new");
    feed.publish(buildMediumFeed([fresh, ...items]));
    await runCron(url);
    const [editionId] = await editionIdsOf(url);
    expect(editionId).toBeTypeOf("number");
    await vi.waitFor(
      async () => {
        const mine = (await listDeliveries(editionId ?? 0)).filter((row) => active.some((subscriber) => subscriber.id === row.subscriber_id));
        expect(mine.map((row) => row.status)).toEqual(["sent", "sent", "sent"]);
      },
      { timeout: 10_000, interval: 200 },
    );
    for (const subscriber of active) {
      const mail = resend.sentTo(subscriber.email);
      expect(mail).toHaveLength(1);
      expect(mail[0]?.subject).toContain(fresh.title.split(" ")[1] ?? "");
      expect(mail[0]?.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
      expect(mail[0]?.html).toContain("https://digest.test/unsubscribe?token=");
      expect(mail[0]?.html).not.toContain("{{unsubscribe_url}}");
    }
    expect(resend.sentTo(inactive?.email ?? "")).toHaveLength(0);
    expect(resend.sentTo(daily?.email ?? "")).toHaveLength(0);

    const sentBefore = resend.sent.length;
    await runCron(url);
    expect(feed.requests.at(-1)?.headers.get("if-none-match")).toBe('"v2"');
    expect(await findFeedRow(url)).toMatchObject({ last_status: "not_modified" });
    feed.publish(buildMediumFeed([fresh, ...items]));
    await runCron(url);
    expect(await findFeedRow(url)).toMatchObject({ last_status: "ok" });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(resend.sent.length).toBe(sentBefore);
    expect(await editionIdsOf(url)).toEqual([editionId]);
  }, 20_000);
});

describe("pollFeeds", () => {
  it("sends a conditional GET with a User-Agent naming the project", async () => {
    const { url, feed } = setup();
    await pollFeeds(env, new Date(), { feedUrls: [url] });
    await pollFeeds(env, new Date(), { feedUrls: [url] });
    expect(feed.requests[0]?.headers.get("user-agent")).toMatch(/^review-digest\//);
    expect(feed.requests[0]?.headers.get("if-none-match")).toBeNull();
    expect(feed.requests[1]?.headers.get("if-none-match")).toBe('"v1"');
    expect(feed.requests[1]?.headers.get("if-modified-since")).toBe("Tue, 05 Dec 2023 14:35:00 GMT");
  });

  it("does not treat a republished post with a changed guid as new", async () => {
    const { url, feed, items } = setup();
    await pollFeeds(env, new Date(), { feedUrls: [url] });
    const [first] = items;
    feed.publish(buildMediumFeed([{ ...(first ?? uniqueItem()), guid: "https://medium.com/p/republished-" + crypto.randomUUID() }]));
    const summary = await pollFeeds(env, new Date(), { feedUrls: [url] });
    expect(summary).toMatchObject({ ok: true, editionIds: [], feeds: [{ status: "ok", newReviews: 0 }] });
  });

  it("sends the latest N on the first poll when the settings ask for it", async () => {
    const { url } = setup([uniqueItem("newest"), uniqueItem("older"), uniqueItem("oldest")]);
    const summary = await pollFeeds({ ...env, SEND_LATEST_ON_FIRST_POLL: "1" }, new Date(), { feedUrls: [url] });
    expect(summary).toMatchObject({ ok: true, feeds: [{ status: "seeded", newReviews: 1, seeded: 2 }] });
    expect(summary.ok && summary.editionIds).toHaveLength(1);
  });

  it("records a malformed feed as an error and marks nothing seen", async () => {
    const { url, feed } = setup();
    feed.publish("<html><body>Not a feed</body></html>");
    const summary = await pollFeeds(env, new Date(), { feedUrls: [url] });
    expect(summary).toMatchObject({ ok: true, feeds: [{ status: "error" }] });
    const row = await findFeedRow(url);
    expect(row).toMatchObject({ last_status: "error", seeded_at: null, etag: null });
    expect(row?.last_error).toMatch(/feed/i);
    expect(await countReviews(url)).toBe(0);
  });

  it("records HTTP errors, timeouts and oversized feeds on the feed", async () => {
    const { url, feed } = setup();
    feed.respondWith(() => new Response("gone", { status: 503, statusText: "Service Unavailable" }));
    await pollFeeds(env, new Date(), { feedUrls: [url] });
    expect((await findFeedRow(url))?.last_error).toBe("HTTP 503 Service Unavailable");
    feed.respondWith(
      (request) => new Promise((_, reject) => request.signal.addEventListener("abort", () => reject(request.signal.reason))),
    );
    await pollFeeds(env, new Date(), { feedUrls: [url], timeoutMs: 50 });
    expect((await findFeedRow(url))?.last_error).toBe("timed out after 0.05 s");
    feed.respondWith(() => new Response("x".repeat(2048)));
    await pollFeeds(env, new Date(), { feedUrls: [url], maxBytes: 1024 });
    expect((await findFeedRow(url))?.last_error).toBe("the feed is larger than 1024 bytes");
    expect(await countReviews(url)).toBe(0);
  });

  it("makes one edition from two overlapping polls", async () => {
    const { url, feed, items } = setup();
    await pollFeeds(env, new Date(), { feedUrls: [url] });
    feed.publish(buildMediumFeed([uniqueItem("overlap"), ...items]));
    const [a, b] = await Promise.all([
      pollFeeds(env, new Date(), { feedUrls: [url] }),
      pollFeeds(env, new Date(), { feedUrls: [url] }),
    ]);
    const editions = [a, b].flatMap((summary) => (summary.ok ? summary.editionIds : []));
    expect(editions).toHaveLength(1);
    expect(await editionIdsOf(url)).toEqual(editions);
  });

  it("queues an edition that a crash left created but unpublished", async () => {
    const { url } = setup();
    const [reader] = await addSubscribers(1);
    const stranded = await env.DB.prepare(
      "INSERT INTO editions (kind, subject, html, text, created_at) VALUES ('instant', 'Stranded', '<p>x</p>', 'x', ?1) RETURNING id",
    )
      .bind(new Date().toISOString())
      .first<{ id: number }>();
    const summary = await pollFeeds(env, new Date(), { feedUrls: [url] });
    expect(summary.ok && summary.republishedEditionIds).toContain(stranded?.id);
    const rows = await listDeliveries(stranded?.id ?? 0);
    expect(rows.find((row) => row.subscriber_id === reader?.id)).toMatchObject({ chunk: 0 });
    const again = await pollFeeds(env, new Date(), { feedUrls: [url] });
    expect(again.ok && again.republishedEditionIds).toEqual([]);
  });

  it("drops Medium's tracking pixel from the edition it stores (only sent items are finished)", async () => {
    const pixel = '<img src="https://medium.com/_/stat?event=post.clientViewed&referrerSource=full_rss&postId=1" width="1" height="1" alt="">';
    const seen = { ...uniqueItem("seen"), html: `<p>Seen before.</p>${pixel}` };
    const { url, feed } = setup([seen]);
    await pollFeeds(env, new Date(), { feedUrls: [url] });
    feed.publish(buildMediumFeed([{ ...uniqueItem("new"), html: `<p>A new review.</p>${pixel}` }, seen]));
    const summary = await pollFeeds(env, new Date(), { feedUrls: [url] });
    const [editionId] = summary.ok ? summary.editionIds : [];
    const edition = await env.DB.prepare("SELECT html, text, reviews_json FROM editions WHERE id = ?1").bind(editionId ?? 0).first<Record<string, string>>();
    expect(edition?.html).toContain("A new review.");
    expect(edition?.html).not.toContain("_/stat");
    expect(edition?.reviews_json).not.toContain("_/stat");
  });

  it("sends nothing and names the problem when the settings are invalid", async () => {
    const { url, feed } = setup();
    const summary = await pollFeeds({ ...env, FROM: "not an address", FEED_URL: url }, new Date());
    expect(summary).toMatchObject({ ok: false });
    expect(!summary.ok && summary.problems.join(" ")).toContain("FROM");
    expect(feed.requests).toHaveLength(0);
  });
});
