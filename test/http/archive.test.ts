import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import { parseFeed } from "../../src/core/feed";
import { buildMediumFeed, createFakeFeed, uniqueFeedUrl, uniqueItem } from "../support/fake-feed";
import { createFakeResend } from "../support/fake-resend";
import { installNetwork } from "../support/network";
import { addChannelEdition, recordQueue, spoilerFreeReview } from "../support/channels";

// "LEAK" words are spoilers, "KEEP" words are not.
const SPOILER_REVIEW = [
  "<p>KEEP A heist film set inside dreams.</p>",
  "<p><strong>SPOILER WARNING</strong></p>",
  "<p>LEAK The top keeps spinning.</p>",
  "<p>— End spoilers —</p>",
  "<p>KEEP Go and see it.</p>",
].join("");

async function get(path: string): Promise<Response> {
  const ctx = createExecutionContext();
  const response = await worker.fetch(new Request(`https://digest.test${path}`), env, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

/** A real edition: the feed is polled twice by the cron, the second time with a spoiler review. */
async function publishThroughPipeline(title: string): Promise<number> {
  const items = [uniqueItem()];
  const feed = createFakeFeed(buildMediumFeed(items));
  installNetwork({ "feeds.test": feed.handle, "resend.test": createFakeResend().handle });
  const runEnv: Env = { ...env, FEED_URL: uniqueFeedUrl(), DELIVERY_QUEUE: recordQueue().queue };
  const cron = async () => {
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: "*/15 * * * *" }), runEnv, ctx);
    await waitOnExecutionContext(ctx);
  };
  await cron();
  feed.publish(buildMediumFeed([{ ...uniqueItem("dream"), title, html: SPOILER_REVIEW }, ...items]));
  await cron();
  const row = await env.DB.prepare("SELECT MAX(id) AS id FROM editions WHERE kind = 'instant'").first<{ id: number }>();
  return row?.id ?? 0;
}

describe("the web archive", () => {
  it("shows an edition's spoiler-free HTML, with no placeholders and no one's tokens", async () => {
    const id = await publishThroughPipeline("Inception & <Dreams>");
    const response = await get(`/archive/${id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).toContain("KEEP A heist film");
    expect(html).toContain("KEEP Go and see it");
    expect(html).not.toContain("LEAK");
    expect(html).not.toMatch(/\{\{|\}\}/);
    expect(html).not.toContain("token=");
  });

  it("lists public editions newest first, and never test editions", async () => {
    const older = await addChannelEdition([spoilerFreeReview()], "instant", "Older edition");
    const newer = await addChannelEdition([spoilerFreeReview()], "daily", "Newer <daily> edition");
    const test = await addChannelEdition([spoilerFreeReview()], "test", "Operator test edition");
    const html = await (await get("/archive")).text();
    expect(html.indexOf(`/archive/${newer}`)).toBeGreaterThan(-1);
    expect(html.indexOf(`/archive/${newer}`)).toBeLessThan(html.indexOf(`/archive/${older}`));
    expect(html).toContain("Newer &lt;daily&gt; edition");
    expect(html).not.toContain("Operator test edition");
    expect((await get(`/archive/${test}`)).status).toBe(404);
    expect((await get("/archive/999999")).status).toBe(404);
  });

  it("answers malformed ids and queries with 400", async () => {
    expect((await get("/archive/abc")).status).toBe(400);
    expect((await get("/archive/-1")).status).toBe(400);
    expect((await get("/archive?before=soon")).status).toBe(400);
  });
});

describe("GET /feed.xml", () => {
  it("is valid RSS 2.0 of the spoiler-free editions, escaped properly", async () => {
    const id = await publishThroughPipeline("Inception & <Dreams>");
    await addChannelEdition(
      [spoilerFreeReview({ title: "Ctrl\u0001 & ]]> title", html: "<p>KEEP odd ]]> text &amp; more</p>" })],
      "instant",
      "Awkward \u0000 subject & <tags> ]]>",
    );
    await addChannelEdition([spoilerFreeReview({ html: "<p>LEAK never public</p>" })], "test", "Test only");
    const response = await get("/feed.xml");
    expect(response.headers.get("content-type")).toContain("application/rss+xml");
    const xml = await response.text();
    expect(xml).not.toContain("LEAK");
    const feed = await parseFeed(xml);
    const item = feed.reviews.find((review) => review.link === `https://digest.test/archive/${id}`);
    expect(item?.html).toContain("KEEP A heist film");
    expect(item?.html).toContain("Inception &amp; &lt;Dreams&gt;");
    // Read back through our own ingest, which folds the whitespace left where the NUL was dropped.
    expect(feed.reviews.map((review) => review.title)).toContain("Awkward subject & <tags> ]]>");
  });
});
