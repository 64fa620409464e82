// A channel delivery whose queue message was lost (the queue send failed after the row was
// written, or a crash mid-post left it 'sending') is queued again by the cron sweeper once a
// lease has passed, and then posts exactly once, even when the lost message turns up after all.
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { listChannelDeliveries } from "../../src/db/channel-deliveries";
import { queueChannelDeliveries } from "../../src/jobs/channels";
import { sweepDeliveries } from "../../src/jobs/sweep";
import { readSettings } from "../../src/settings";
import { installNetwork } from "../support/network";
import { addChannelEdition, channelEnv, consume, spoilerFreeReview } from "../support/channels";

const settings = readSettings(env);
const LEASE_MS = (settings.ok ? settings.settings.DELIVERY_LEASE_SECONDS : 600) * 1000;

async function statuses(editionId: number): Promise<Record<string, string>> {
  const rows = await listChannelDeliveries(env.DB, editionId);
  return Object.fromEntries(rows.map((row) => [row.channel, row.status]));
}

function channelBodies(bodies: unknown[], editionId: number): string[] {
  return bodies
    .filter((body): body is { kind: string; editionId: number; channel: string } => (body as { kind?: string }).kind === "channel")
    .filter((body) => body.editionId === editionId)
    .map((body) => body.channel)
    .sort();
}

describe("the sweeper and channel deliveries", () => {
  it("queues again, once, deliveries whose message was lost, and none that are fresh, sent or failed", async () => {
    const queued = channelEnv();
    const start = new Date();
    const editionId = await addChannelEdition([spoilerFreeReview()]);
    await queueChannelDeliveries(queued.env, editionId, start);
    // The messages are lost: nobody consumes them. Slack went out, the webhook failed for good,
    // Discord's consumer died mid-post.
    await env.DB.prepare("UPDATE channel_deliveries SET status = 'sent' WHERE edition_id = ?1 AND channel = 'slack'").bind(editionId).run();
    await env.DB.prepare("UPDATE channel_deliveries SET status = 'failed' WHERE edition_id = ?1 AND channel = 'webhook'").bind(editionId).run();
    await env.DB.prepare("UPDATE channel_deliveries SET status = 'sending' WHERE edition_id = ?1 AND channel = 'discord'").bind(editionId).run();

    const early = channelEnv();
    await sweepDeliveries(early.env, new Date(start.getTime() + LEASE_MS / 2));
    expect(channelBodies(early.recorded.bodies, editionId)).toEqual([]);

    const later = new Date(start.getTime() + LEASE_MS + 1_000);
    const swept = channelEnv();
    await sweepDeliveries(swept.env, later);
    expect(channelBodies(swept.recorded.bodies, editionId)).toEqual(["discord"]);
    expect(await statuses(editionId)).toMatchObject({ discord: "queued", slack: "sent", webhook: "failed" });

    const again = channelEnv();
    await sweepDeliveries(again.env, new Date(later.getTime() + 1_000));
    expect(channelBodies(again.recorded.bodies, editionId)).toEqual([]);
  });

  it("posts once when both the swept message and the lost one arrive", async () => {
    const queued = channelEnv({ SLACK_WEBHOOK_URL: "", JSON_WEBHOOK_URL: "" });
    const start = new Date();
    const editionId = await addChannelEdition([spoilerFreeReview()]);
    await queueChannelDeliveries(queued.env, editionId, start);
    const swept = channelEnv({ SLACK_WEBHOOK_URL: "", JSON_WEBHOOK_URL: "" });
    await sweepDeliveries(swept.env, new Date(start.getTime() + LEASE_MS + 1_000));
    expect(channelBodies(swept.recorded.bodies, editionId)).toEqual(["discord"]);

    const network = installNetwork({ "discord.test": () => new Response(null, { status: 204 }) });
    await consume(swept.env, swept.recorded.bodies.filter((body) => (body as { editionId?: number }).editionId === editionId));
    await consume(queued.env, queued.recorded.bodies.filter((body) => (body as { editionId?: number }).editionId === editionId));

    expect(network.requests.filter((request) => new URL(request.url).host === "discord.test")).toHaveLength(1);
    expect((await statuses(editionId)).discord).toBe("sent");
  });
});
