// Telegram, Mastodon and Bluesky together: which are queued, and that one failing holds up
// neither the others nor email, from the feed through cron to every channel.
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import { consume, socialEnv, TELEGRAM_API } from "../support/channels";
import { arrange, fakes, host, ORIGINAL_HTML } from "../support/channels-social";
import { buildMediumFeed, createFakeFeed, uniqueFeedUrl, uniqueItem } from "../support/fake-feed";
import { createFakeResend } from "../support/fake-resend";
import { addSubscribers } from "../support/pipeline";

describe("queueing", () => {
  it("queues one message per configured channel; a channel with an empty setting is off", async () => {
    const { editionId, bodies } = await arrange(1, { MASTODON_TOKEN: "", BLUESKY_APP_PASSWORD: " " });
    expect(bodies).toEqual([{ kind: "channel", editionId, channel: "telegram" }]);
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
