// A channel message the queue gave up on must not stay "queued" for ever: the dead-letter
// consumer marks its delivery failed (unless it was sent), so the console and status show it.
import { createExecutionContext, createMessageBatch, env, getQueueResult } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import { listChannelDeliveries } from "../../src/db/channel-deliveries";
import { queueChannelDeliveries } from "../../src/jobs/channels";
import { addChannelEdition, channelEnv, spoilerFreeReview } from "../support/channels";

async function deadLetter(body: unknown, id: string): Promise<void> {
  const batch = createMessageBatch("review-digest-dead-letters", [{ id, timestamp: new Date(), attempts: 11, body }]);
  const ctx = createExecutionContext();
  await worker.queue(batch, env);
  expect(await getQueueResult(batch, ctx)).toMatchObject({ explicitAcks: [id] });
}

async function statuses(editionId: number): Promise<Record<string, { status: string; lastError: string | null }>> {
  const rows = await listChannelDeliveries(env.DB, editionId);
  return Object.fromEntries(rows.map((row) => [row.channel, { status: row.status, lastError: row.lastError }]));
}

describe("dead-lettered channel messages", () => {
  it("marks the channel's delivery failed, with the reason, and leaves the others alone", async () => {
    const { env: runEnv } = channelEnv();
    const editionId = await addChannelEdition([spoilerFreeReview()]);
    await queueChannelDeliveries(runEnv, editionId, new Date());

    await deadLetter({ kind: "channel", editionId, channel: "discord" }, "dead-discord");

    const rows = await statuses(editionId);
    expect(rows.discord?.status).toBe("failed");
    expect(rows.discord?.lastError).toMatch(/dead-lettered/);
    expect(rows.slack?.status).toBe("queued");
  });

  it("never turns a sent delivery into a failed one", async () => {
    const { env: runEnv } = channelEnv();
    const editionId = await addChannelEdition([spoilerFreeReview()]);
    await queueChannelDeliveries(runEnv, editionId, new Date());
    await env.DB.prepare("UPDATE channel_deliveries SET status = 'sent' WHERE edition_id = ?1 AND channel = 'slack'").bind(editionId).run();

    await deadLetter({ kind: "channel", editionId, channel: "slack" }, "dead-slack");

    expect((await statuses(editionId)).slack?.status).toBe("sent");
  });
});
