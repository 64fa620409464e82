// Publishing an edition: fix its audience in chunks of at most 100, then queue one message per
// chunk. Safe to run twice (a crash, an overlapping poll): chunks are assigned once, and a
// chunk queued twice sends once (see deliver.ts).
import { assignOpenChunks } from "../db/deliveries";
import { markEditionPublished } from "../db/editions";
import type { Review } from "../core/types";
import { readSettings } from "../settings";
import { listConfiguredChannels } from "./channel-settings";
import type { DeliverMessage } from "./messages";

// Queue.sendBatch takes at most 100 messages per call.
const MESSAGES_PER_SEND = 100;

export interface PublishResult {
  editionId: number;
  chunks: number;
}

/** Queues every open chunk of the edition, then marks it published. */
export async function publishEdition(env: Env, editionId: number, now: Date, originals: Review[] = []): Promise<PublishResult> {
  const chunks = await assignOpenChunks(env.DB, editionId, now);
  const messages = chunks.map((chunk): MessageSendRequest<DeliverMessage> => ({
    body: { kind: "deliver", editionId, chunk },
    contentType: "json",
  }));
  for (let start = 0; start < messages.length; start += MESSAGES_PER_SEND) {
    await env.DELIVERY_QUEUE.sendBatch(messages.slice(start, start + MESSAGES_PER_SEND));
  }
  // Discord, Slack and the JSON webhook: one queue message each, beside the email chunks. The
  // channel code loads only when a channel is configured, and only when something is published.
  const settings = readSettings(env);
  if (settings.ok && listConfiguredChannels(settings.settings).length > 0) {
    const { queueChannelDeliveries } = await import("./channels");
    await queueChannelDeliveries(env, editionId, now, originals);
  }
  await markEditionPublished(env.DB, editionId, now);
  return { editionId, chunks: chunks.length };
}
