import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from "cloudflare:test";
import worker from "../../src/index";
import { describe, expect, it } from "vitest";
import { listChannelDeliveries } from "../../src/db/channel-deliveries";
import { queueChannelDeliveries } from "../../src/jobs/channels";
import { verifyHmacHex } from "../../src/crypto";
import { buildMediumFeed, createFakeFeed, uniqueFeedUrl, uniqueItem } from "../support/fake-feed";
import { createFakeResend } from "../support/fake-resend";
import { installNetwork } from "../support/network";
import { addSubscribers } from "../support/pipeline";
import { addChannelEdition, channelEnv, consume, DISCORD_URL, JSON_SECRET, spoilerFreeReview } from "../support/channels";

const ok = () => new Response(null, { status: 204 });

async function arrange(overrides: Partial<Env> = {}) {
  const { env: runEnv, recorded } = channelEnv(overrides);
  const editionId = await addChannelEdition([spoilerFreeReview()]);
  await queueChannelDeliveries(runEnv, editionId, new Date());
  const rows = async () => Object.fromEntries((await listChannelDeliveries(env.DB, editionId)).map((row) => [row.channel, row]));
  return { runEnv, editionId, bodies: recorded.bodies, rows };
}

describe("queueing an edition's channels", () => {
  it("queues one message per configured channel, once", async () => {
    const { runEnv, editionId, bodies } = await arrange({ JSON_WEBHOOK_URL: "" });
    expect(bodies).toEqual([
      { kind: "channel", editionId, channel: "discord" },
      { kind: "channel", editionId, channel: "slack" },
    ]);
    await queueChannelDeliveries(runEnv, editionId, new Date());
    expect(bodies).toHaveLength(2);
  });

  it("never queues a test edition", async () => {
    const { env: runEnv, recorded } = channelEnv();
    const editionId = await addChannelEdition([spoilerFreeReview()], "test");
    expect(await queueChannelDeliveries(runEnv, editionId, new Date())).toEqual([]);
    expect(recorded.bodies).toEqual([]);
  });
});

describe("delivering to a channel", () => {
  it("posts each payload once; a redelivered message posts nothing", async () => {
    const network = installNetwork({ "discord.test": ok, "hooks.slack.test": () => new Response("ok"), "hooks.example.test": ok });
    const { runEnv, bodies, rows } = await arrange();
    expect((await consume(runEnv, bodies)).acked).toHaveLength(3);
    expect(network.requests.map((request) => new URL(request.url).host).sort()).toEqual(["discord.test", "hooks.example.test", "hooks.slack.test"]);
    const discord = (await network.requests.find((request) => request.url === DISCORD_URL)?.json()) as { embeds: unknown[] };
    expect(discord.embeds).toHaveLength(1);
    expect(Object.values(await rows()).map((row) => [row.status, row.attempts])).toEqual([["sent", 1], ["sent", 1], ["sent", 1]]);

    expect((await consume(runEnv, bodies, 2)).acked).toHaveLength(3);
    expect(network.requests).toHaveLength(3);
  });

  it("posts once when the queue delivers the same message twice at the same time", async () => {
    const network = installNetwork({ "discord.test": ok });
    const { runEnv, bodies, rows } = await arrange({ SLACK_WEBHOOK_URL: "", JSON_WEBHOOK_URL: "" });
    const result = await consume(runEnv, [bodies[0], bodies[0]]);
    expect(network.requests).toHaveLength(1);
    expect(result).toMatchObject({ acked: [bodies[0]], retried: [{ delaySeconds: 120 }] });
    expect((await consume(runEnv, [bodies[0]], 2)).acked).toHaveLength(1);
    expect(network.requests).toHaveLength(1);
    expect((await rows()).discord).toMatchObject({ status: "sent", attempts: 1 });
  });

  it("waits out Discord's 429 retry_after (seconds, in the JSON body), then posts once", async () => {
    let calls = 0;
    installNetwork({
      "discord.test": () =>
        ++calls === 1
          ? Response.json({ message: "You are being rate limited.", retry_after: 2.5, global: false }, { status: 429 })
          : ok(),
    });
    const { runEnv, bodies, rows } = await arrange({ SLACK_WEBHOOK_URL: "", JSON_WEBHOOK_URL: "" });
    const first = await consume(runEnv, bodies);
    expect(first.retried).toEqual([{ body: bodies[0], delaySeconds: 3 }]);
    expect((await rows()).discord).toMatchObject({ status: "queued", attempts: 1, lastError: expect.stringContaining("429") });
    expect((await consume(runEnv, bodies, 2)).acked).toHaveLength(1);
    expect((await rows()).discord).toMatchObject({ status: "sent", attempts: 2 });
    expect(calls).toBe(2);
  });

  it("honours Slack's Retry-After header", async () => {
    installNetwork({ "hooks.slack.test": () => new Response("rate_limited", { status: 429, headers: { "retry-after": "7" } }) });
    const { runEnv, bodies } = await arrange({ DISCORD_WEBHOOK_URL: "", JSON_WEBHOOK_URL: "" });
    expect((await consume(runEnv, bodies)).retried).toEqual([{ body: bodies[0], delaySeconds: 7 }]);
  });

  it("retries 5xx and network errors with backoff, and gives up after the last attempt", async () => {
    installNetwork({
      "discord.test": () => new Response("upstream error", { status: 502 }),
      "hooks.slack.test": () => {
        throw new TypeError("fetch failed: connection reset");
      },
    });
    const { runEnv, bodies, rows } = await arrange({ JSON_WEBHOOK_URL: "" });
    expect((await consume(runEnv, bodies)).retried.map((retry) => retry.delaySeconds)).toEqual([30, 30]);
    expect((await consume(runEnv, bodies, 3)).retried.map((retry) => retry.delaySeconds)).toEqual([120, 120]);
    expect((await rows()).slack).toMatchObject({ status: "queued", lastError: expect.stringContaining("connection reset") });
    await consume(runEnv, bodies, 6);
    expect(Object.values(await rows()).map((row) => [row.status, row.attempts])).toEqual([["failed", 3], ["failed", 3]]);
  });

  it("records a 4xx answer as final, without retrying", async () => {
    installNetwork({ "discord.test": () => Response.json({ message: "Unknown Webhook", code: 10015 }, { status: 404 }) });
    const { runEnv, bodies, rows } = await arrange({ SLACK_WEBHOOK_URL: "", JSON_WEBHOOK_URL: "" });
    expect(await consume(runEnv, bodies)).toMatchObject({ acked: [bodies[0]], retried: [] });
    expect((await rows()).discord).toMatchObject({ status: "failed", lastError: expect.stringContaining("Unknown Webhook") });
  });

  it("signs the JSON webhook like /hooks/publish, at send time", async () => {
    const network = installNetwork({ "hooks.example.test": ok });
    const { runEnv, bodies, editionId } = await arrange({ DISCORD_WEBHOOK_URL: "", SLACK_WEBHOOK_URL: "" });
    await consume(runEnv, bodies);
    const [request] = network.requests;
    const body = (await request?.text()) ?? "";
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(request?.headers.get("x-signature") ?? "") ?? [];
    expect(Math.abs(Number(t) - Date.now() / 1000)).toBeLessThan(60);
    expect(await verifyHmacHex(JSON_SECRET, `${t}.${body}`, v1 ?? "")).toBe(true);
    expect(await verifyHmacHex(env.PUBLISH_SECRET, `${t}.${body}`, v1 ?? "")).toBe(false);
    expect(JSON.parse(body)).toMatchObject({ type: "edition.published", edition: { id: editionId, url: `https://digest.test/archive/${editionId}` } });
  });
});

// "LEAK" words are spoilers, "KEEP" words are not.
const SPOILER_REVIEW = [
  "<p>KEEP Inception is a heist film set inside dreams.</p>",
  "<p><strong>SPOILER WARNING</strong></p>",
  "<p>LEAK The top keeps spinning, so Cobb is still dreaming.</p>",
  "<p>— End spoilers —</p>",
  "<p>KEEP The verdict: go and see it. [spoiler]LEAK Mal was right.[/spoiler]</p>",
].join("");

const outsideSpoilerBars = (text: string) => text.replace(/\|\|[\s\S]*?\|\|/g, "");

describe("one edition, every channel", () => {
  it("reaches email, Discord and Slack; Discord failing with 500s does not delay email or Slack", async () => {
    const items = [uniqueItem(), uniqueItem()];
    const feed = createFakeFeed(buildMediumFeed(items));
    const resend = createFakeResend();
    const network = installNetwork({
      "feeds.test": feed.handle,
      "resend.test": resend.handle,
      "discord.test": () => new Response("internal error", { status: 500 }),
      "hooks.slack.test": () => new Response("ok"),
    });
    const { env: base, recorded } = channelEnv({ JSON_WEBHOOK_URL: "" });
    const runEnv: Env = { ...base, FEED_URL: uniqueFeedUrl() };
    const readers = await addSubscribers(2);
    const cron = async () => {
      const ctx = createExecutionContext();
      await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: "*/15 * * * *" }), runEnv, ctx);
      await waitOnExecutionContext(ctx);
    };
    await cron();
    feed.publish(buildMediumFeed([{ ...uniqueItem("inception"), html: SPOILER_REVIEW }, ...items]));
    await cron();

    const kinds = recorded.bodies.map((body) => (body as { kind: string; channel?: string }).channel ?? "email");
    expect(kinds.sort()).toEqual(["discord", "email", "slack"]);
    const first = await consume(runEnv, recorded.bodies);
    expect(first.retried).toEqual([{ body: expect.objectContaining({ channel: "discord" }), delaySeconds: 30 }]);
    expect(first.acked).toHaveLength(2);
    for (const reader of readers) {
      const [mail] = resend.sentTo(reader.email);
      expect(mail?.html).toContain("KEEP Inception");
      expect(mail?.html).not.toContain("LEAK");
    }

    const discord = (await network.requests.find((request) => request.url === DISCORD_URL)?.json()) as { embeds: { description: string }[] };
    const description = discord.embeds[0]?.description ?? "";
    expect(description).toContain("||LEAK The top keeps spinning, so Cobb is still dreaming.||");
    expect(description).toMatch(/\|\|[^|]*LEAK Mal was right\.[^|]*\|\|/);
    expect(outsideSpoilerBars(description)).not.toContain("LEAK");
    expect(outsideSpoilerBars(description)).toContain("KEEP The verdict");

    const slack = (await network.requests.find((request) => new URL(request.url).host === "hooks.slack.test")?.text()) ?? "";
    expect(slack).toContain("KEEP Inception");
    expect(slack).not.toContain("LEAK");
    expect(slack).not.toContain("||");
  });
});
