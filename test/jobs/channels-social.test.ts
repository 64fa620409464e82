// Telegram, Mastodon and Bluesky deliveries through the worker's real queue handler, against
// fakes of each API at the network boundary.
import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import type { Review, SpoilerFreeReview } from "../../src/core/types";
import { listChannelDeliveries } from "../../src/db/channel-deliveries";
import { queueChannelDeliveries } from "../../src/jobs/channels";
import { addChannelEdition, BLUESKY_PDS, consume, MASTODON_INSTANCE, socialEnv, spoilerFreeReview, TELEGRAM_API } from "../support/channels";
import { createFakeBluesky } from "../support/channels-bluesky";
import { createFakeMastodon } from "../support/channels-mastodon";
import { createFakeTelegram } from "../support/channels-telegram";
import { buildMediumFeed, createFakeFeed, uniqueFeedUrl, uniqueItem } from "../support/fake-feed";
import { createFakeResend } from "../support/fake-resend";
import { installNetwork } from "../support/network";
import { addSubscribers } from "../support/pipeline";

const host = (url: string) => new URL(url).host;

// The feed's original: LEAK words are marked spoilers, KEEP words are not.
const ORIGINAL_HTML = [
  "<p>KEEP Inception is a heist film set inside dreams, and it is a great one to watch.</p>",
  "<p><strong>SPOILER WARNING</strong></p>",
  "<p>LEAK The top keeps spinning, so Cobb is still dreaming.</p>",
  "<p>— End spoilers —</p>",
  "<p>KEEP The verdict: go and see it. [spoiler]LEAK Mal was right.[/spoiler]</p>",
].join("");

/** An edition of `count` reviews, each with its original, queued for every configured channel. */
async function arrange(count = 2, overrides: Partial<Env> = {}) {
  const { env: runEnv, recorded } = socialEnv(overrides);
  const reviews: SpoilerFreeReview[] = Array.from({ length: count }, () =>
    spoilerFreeReview({ html: "<p>KEEP Inception is a heist film set inside dreams, and it is a great one to watch.</p><p>KEEP The verdict: go and see it.</p>" }),
  );
  const originals: Review[] = reviews.map((review) => ({ ...review, html: ORIGINAL_HTML }));
  const editionId = await addChannelEdition(reviews);
  await queueChannelDeliveries(runEnv, editionId, new Date(), originals);
  const rows = async () => Object.fromEntries((await listChannelDeliveries(env.DB, editionId)).map((row) => [row.channel, row]));
  const bodyFor = (channel: string) => recorded.bodies.filter((body) => (body as { channel: string }).channel === channel);
  return { runEnv, editionId, bodies: recorded.bodies, bodyFor, rows, reviews };
}

/** Fresh fakes; a Bluesky session a previous test stored in this file's D1 is forgotten with its fake. */
async function fakes() {
  await env.DB.prepare("DELETE FROM channel_sessions").run();
  const telegram = createFakeTelegram();
  const mastodon = createFakeMastodon();
  const bluesky = createFakeBluesky();
  const network = installNetwork({ [host(TELEGRAM_API)]: telegram.handle, [host(MASTODON_INSTANCE)]: mastodon.handle, [host(BLUESKY_PDS)]: bluesky.handle });
  return { telegram, mastodon, bluesky, network };
}

/** As if the worker died after the platform confirmed the last post and before D1 recorded it, `minutesAgo`. */
async function forgetLastAttempt(editionId: number, channel: string, minutesAgo = 10) {
  await env.DB.prepare(
    "UPDATE channel_deliveries SET status = 'sending', posts_done = posts_done - 1, updated_at = ?3 WHERE edition_id = ?1 AND channel = ?2",
  )
    .bind(editionId, channel, new Date(Date.now() - minutesAgo * 60_000).toISOString())
    .run();
}

describe("queueing", () => {
  it("queues one message per configured channel; a channel with an empty setting is off", async () => {
    const { editionId, bodies } = await arrange(1, { MASTODON_TOKEN: "", BLUESKY_APP_PASSWORD: " " });
    expect(bodies).toEqual([{ kind: "channel", editionId, channel: "telegram" }]);
  });
});

describe("Telegram", () => {
  it("sends one HTML message per review, spoilers only inside <tg-spoiler>", async () => {
    const { telegram } = await fakes();
    const { runEnv, bodyFor, rows, reviews } = await arrange(2);
    expect((await consume(runEnv, bodyFor("telegram"))).acked).toHaveLength(1);
    expect(telegram.messages).toHaveLength(2);
    for (const [index, message] of telegram.messages.entries()) {
      expect(message.parse_mode).toBe("HTML");
      expect(message.text).toContain(`href="${reviews[index]?.link}"`);
      const outside = message.text.replace(/<tg-spoiler>[\s\S]*?<\/tg-spoiler>/g, "");
      expect(outside).not.toContain("LEAK");
      expect(outside).toContain("KEEP The verdict");
      expect(message.text).toMatch(/<tg-spoiler>[^<]*LEAK The top keeps spinning/);
    }
    expect((await rows()).telegram).toMatchObject({ status: "sent", attempts: 1, postsDone: 2 });
  });

  it("waits out a 429's parameters.retry_after, then resumes after the last message Telegram confirmed", async () => {
    const { telegram, network } = await fakes();
    let calls = 0;
    network.route(host(TELEGRAM_API), (request) => {
      calls += 1;
      if (calls === 2) telegram.floodControl(1, 17);
      return telegram.handle(request);
    });
    const { runEnv, bodyFor, rows } = await arrange(3);
    expect((await consume(runEnv, bodyFor("telegram"))).retried).toEqual([{ body: bodyFor("telegram")[0], delaySeconds: 17 }]);
    expect((await rows()).telegram).toMatchObject({ status: "queued", postsDone: 1, lastError: expect.stringContaining("retry after 17") });
    expect((await consume(runEnv, bodyFor("telegram"), 2)).acked).toHaveLength(1);
    expect(telegram.messages).toHaveLength(3);
    expect((await rows()).telegram).toMatchObject({ status: "sent", postsDone: 3 });
  });

  it("keeps a delivery that made progress before a 429 alive even on the queue's last counted attempt", async () => {
    const { telegram, network } = await fakes();
    let calls = 0;
    network.route(host(TELEGRAM_API), (request) => {
      calls += 1;
      if (calls === 2) telegram.floodControl(1, 5);
      return telegram.handle(request);
    });
    const { runEnv, bodyFor, rows } = await arrange(2);
    expect((await consume(runEnv, bodyFor("telegram"), 6)).retried).toHaveLength(1);
    expect((await rows()).telegram).toMatchObject({ status: "queued", postsDone: 1 });
    await consume(runEnv, bodyFor("telegram"), 7);
    expect((await rows()).telegram).toMatchObject({ status: "sent", postsDone: 2 });
  });

  it("after a crash between Telegram's answer and the D1 write, sends that message again (Telegram has no idempotency key)", async () => {
    const { telegram } = await fakes();
    const { runEnv, editionId, bodyFor } = await arrange(1);
    await consume(runEnv, bodyFor("telegram"));
    await forgetLastAttempt(editionId, "telegram");
    await consume(runEnv, bodyFor("telegram"), 2);
    expect(telegram.messages).toHaveLength(2);
    expect(telegram.messages[1]).toEqual(telegram.messages[0]);
  });

  it("records a wrong token as failed, without retrying, and never writes the token into the error", async () => {
    await fakes();
    const { runEnv, bodyFor, rows } = await arrange(1, { TELEGRAM_BOT_TOKEN: "999:wrong-token" });
    expect((await consume(runEnv, bodyFor("telegram"))).retried).toEqual([]);
    const row = (await rows()).telegram;
    expect(row).toMatchObject({ status: "failed", lastError: expect.stringContaining("Unauthorized") });
    expect(row?.lastError).not.toContain("wrong-token");
  });
});

describe("Mastodon", () => {
  it("posts one status per review with an Idempotency-Key, within 500 characters, spoiler-free", async () => {
    const { mastodon, network } = await fakes();
    const { runEnv, bodyFor, rows, editionId } = await arrange(2);
    await consume(runEnv, bodyFor("mastodon"));
    expect(mastodon.statuses).toHaveLength(2);
    for (const status of mastodon.statuses) {
      expect(status.status).toContain("KEEP The verdict");
      expect(status.status).not.toContain("LEAK");
      expect(status.spoiler_text).toBe("");
    }
    const keys = network.requests.filter((request) => host(request.url) === host(MASTODON_INSTANCE)).map((request) => request.headers.get("idempotency-key"));
    expect(new Set(keys).size).toBe(2);
    expect(keys[0]).toContain(`e${editionId}-`);
    expect((await rows()).mastodon).toMatchObject({ status: "sent", postsDone: 2 });
  });

  it("after a crash between Mastodon's answer and the D1 write, the retry repeats the key and nothing is posted twice", async () => {
    const { mastodon } = await fakes();
    const { runEnv, editionId, bodyFor, rows } = await arrange(2);
    await consume(runEnv, bodyFor("mastodon"));
    await forgetLastAttempt(editionId, "mastodon");
    await consume(runEnv, bodyFor("mastodon"), 2);
    expect(mastodon.requests).toBe(3);
    expect(mastodon.statuses).toHaveLength(2);
    expect((await rows()).mastodon).toMatchObject({ status: "sent", postsDone: 2 });
  });

  it("past the key's hour, finds the lost status among the account's latest instead of posting it again", async () => {
    const { mastodon, network } = await fakes();
    const { runEnv, editionId, bodyFor, rows, reviews } = await arrange(2);
    await consume(runEnv, bodyFor("mastodon"));
    await forgetLastAttempt(editionId, "mastodon", 90);
    mastodon.expireIdempotencyKeys();
    await consume(runEnv, bodyFor("mastodon"), 2);
    expect(mastodon.statuses).toHaveLength(2);
    expect(mastodon.statuses[1]?.status).toContain(reviews[1]?.link);
    expect(network.requests.map((request) => `${request.method} ${new URL(request.url).pathname}`).slice(2)).toEqual([
      "GET /api/v1/accounts/verify_credentials",
      "GET /api/v1/accounts/109/statuses",
    ]);
    expect((await rows()).mastodon).toMatchObject({ status: "sent", postsDone: 2 });
  });

  it("past the key's hour, posts a status the lookup does not find", async () => {
    const { mastodon } = await fakes();
    const { runEnv, editionId, bodyFor } = await arrange(1);
    await consume(runEnv, bodyFor("mastodon"));
    mastodon.statuses.length = 0;
    mastodon.expireIdempotencyKeys();
    await forgetLastAttempt(editionId, "mastodon", 90);
    await consume(runEnv, bodyFor("mastodon"), 2);
    expect(mastodon.statuses).toHaveLength(1);
  });

  it("stops when X-RateLimit-Remaining reaches 0 and resumes at X-RateLimit-Reset", async () => {
    const { mastodon } = await fakes();
    mastodon.setWindow(1, 90);
    const { runEnv, bodyFor, rows } = await arrange(2);
    const [retry] = (await consume(runEnv, bodyFor("mastodon"))).retried;
    expect(retry?.delaySeconds).toBeGreaterThanOrEqual(89);
    expect(retry?.delaySeconds).toBeLessThanOrEqual(91);
    expect(mastodon.requests).toBe(1);
    expect((await rows()).mastodon).toMatchObject({ status: "queued", postsDone: 1 });
    mastodon.setWindow(300, 300);
    await consume(runEnv, bodyFor("mastodon"), 2);
    expect(mastodon.statuses).toHaveLength(2);
  });

  it("answers a 429 by waiting until X-RateLimit-Reset", async () => {
    const { mastodon } = await fakes();
    mastodon.setWindow(0, 240);
    const { runEnv, bodyFor, rows } = await arrange(1);
    const [retry] = (await consume(runEnv, bodyFor("mastodon"))).retried;
    expect(retry?.delaySeconds).toBeGreaterThanOrEqual(239);
    expect((await rows()).mastodon?.lastError).toContain("Too many requests");
  });
});

describe("Bluesky", () => {
  it("logs in once, posts spoiler-free records with a link facet, and reuses the session for the next edition", async () => {
    const { bluesky } = await fakes();
    const first = await arrange(2);
    await consume(first.runEnv, first.bodyFor("bluesky"));
    const second = await arrange(1);
    await consume(second.runEnv, second.bodyFor("bluesky"));
    expect(bluesky.calls["com.atproto.server.createSession"]).toBe(1);
    expect(bluesky.records.size).toBe(3);
    const utf8 = new TextEncoder();
    for (const { value } of bluesky.records.values()) {
      expect(value.text).not.toContain("LEAK");
      const facet = value.facets?.[0];
      const covered = new TextDecoder().decode(utf8.encode(value.text).slice(facet?.index.byteStart, facet?.index.byteEnd));
      expect(value.text.endsWith(covered)).toBe(true);
      expect(facet?.features[0]?.uri).toMatch(/^https:\/\/medium\.com\/@jefflight\/review-/);
    }
    expect((await second.rows()).bluesky).toMatchObject({ status: "sent", postsDone: 1 });
  });

  it("refreshes an expired session with the refreshJwt, and logs in again when that is revoked too", async () => {
    const { bluesky } = await fakes();
    const warmup = await arrange(1);
    await consume(warmup.runEnv, warmup.bodyFor("bluesky"));
    bluesky.expireAccessTokens();
    const expired = await arrange(1);
    await consume(expired.runEnv, expired.bodyFor("bluesky"));
    expect(bluesky.calls).toMatchObject({ "com.atproto.server.createSession": 1, "com.atproto.server.refreshSession": 1 });
    bluesky.expireAccessTokens();
    bluesky.revokeRefreshTokens();
    const revoked = await arrange(1);
    await consume(revoked.runEnv, revoked.bodyFor("bluesky"));
    expect(bluesky.calls).toMatchObject({ "com.atproto.server.createSession": 2, "com.atproto.server.refreshSession": 2 });
    expect(bluesky.records.size).toBe(3);
    expect((await revoked.rows()).bluesky).toMatchObject({ status: "sent" });
  });

  it("after a crash between the PDS's answer and the D1 write, finds the record by its key instead of posting it again", async () => {
    const { bluesky } = await fakes();
    const { runEnv, editionId, bodyFor, rows } = await arrange(2);
    await consume(runEnv, bodyFor("bluesky"));
    await forgetLastAttempt(editionId, "bluesky");
    await consume(runEnv, bodyFor("bluesky"), 2);
    expect(bluesky.records.size).toBe(2);
    expect(bluesky.calls["com.atproto.repo.getRecord"]).toBe(1);
    expect(bluesky.calls["com.atproto.repo.createRecord"]).toBe(2);
    expect((await rows()).bluesky).toMatchObject({ status: "sent", postsDone: 2 });
  });

  it("waits out RateLimitExceeded until ratelimit-reset", async () => {
    const { bluesky } = await fakes();
    bluesky.rateLimit(1, 120);
    const { runEnv, bodyFor, rows } = await arrange(1);
    const [retry] = (await consume(runEnv, bodyFor("bluesky"))).retried;
    expect(retry?.delaySeconds).toBeGreaterThanOrEqual(119);
    expect((await rows()).bluesky?.lastError).toContain("RateLimitExceeded");
    await consume(runEnv, bodyFor("bluesky"), 2);
    expect(bluesky.records.size).toBe(1);
  });

  it("records wrong credentials as failed, naming the settings to check", async () => {
    await fakes();
    const { runEnv, bodyFor, rows } = await arrange(1, { BLUESKY_APP_PASSWORD: "wrong-pass-word-0000" });
    await consume(runEnv, bodyFor("bluesky"));
    expect((await rows()).bluesky).toMatchObject({ status: "failed", lastError: expect.stringContaining("BLUESKY_APP_PASSWORD") });
  });
});

describe("independence", () => {
  it("Telegram failing with 500s holds up neither Mastodon nor Bluesky", async () => {
    const { mastodon, bluesky, network } = await fakes();
    network.route(host(TELEGRAM_API), () => Response.json({ ok: false, error_code: 500, description: "Internal Server Error" }, { status: 500 }));
    const { runEnv, bodies, rows } = await arrange(1);
    const result = await consume(runEnv, bodies);
    expect(result.retried).toEqual([{ body: expect.objectContaining({ channel: "telegram" }), delaySeconds: 30 }]);
    expect(result.acked).toHaveLength(2);
    expect(mastodon.statuses).toHaveLength(1);
    expect(bluesky.records.size).toBe(1);
    expect((await rows()).telegram).toMatchObject({ status: "queued", lastError: expect.stringContaining("500") });
  });
});

describe("one edition, from the feed to every channel", () => {
  it("emails spoiler-free, hides spoilers in Telegram's <tg-spoiler>, and keeps them out of Mastodon and Bluesky", async () => {
    const { telegram, mastodon, bluesky, network } = await fakes();
    const items = [uniqueItem()];
    const feed = createFakeFeed(buildMediumFeed(items));
    const resend = createFakeResend();
    network.route("feeds.test", feed.handle);
    network.route("resend.test", resend.handle);
    const { env: base, recorded } = socialEnv();
    const runEnv: Env = { ...base, FEED_URL: uniqueFeedUrl() };
    const [reader] = await addSubscribers(1);
    const cron = async () => {
      const ctx = createExecutionContext();
      await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: "*/15 * * * *" }), runEnv, ctx);
      await waitOnExecutionContext(ctx);
    };
    await cron();
    feed.publish(buildMediumFeed([{ ...uniqueItem("inception"), html: ORIGINAL_HTML }, ...items]));
    await cron();
    await consume(runEnv, recorded.bodies);

    expect(resend.sentTo(reader?.email ?? "")[0]?.html).not.toContain("LEAK");
    const [message] = telegram.messages;
    expect(message?.text.replace(/<tg-spoiler>[\s\S]*?<\/tg-spoiler>/g, "")).not.toContain("LEAK");
    expect(message?.text).toMatch(/<tg-spoiler>[^<]*LEAK Mal was right/);
    expect(mastodon.statuses[0]?.status).toContain("KEEP Inception");
    expect(mastodon.statuses[0]?.status).not.toContain("LEAK");
    const [record] = [...bluesky.records.values()];
    expect(record?.value.text).toContain("KEEP Inception");
    expect(JSON.stringify(record?.value)).not.toContain("LEAK");
  });
});
