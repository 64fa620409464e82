// Chat and webhook channels next to email. Publishing an edition queues one message per
// configured channel, so a channel that fails or is rate-limited never holds up another,
// nor the email chunks. Each message posts the payload frozen at publish time, once.
import { buildDiscordPayload } from "../core/channels/discord";
import { toChannelEdition, toMarkedChannelEdition } from "../core/channels/edition";
import { classifyChannelResponse, backoffSeconds, type ChannelOutcome } from "../core/channels/responses";
import { buildSlackPayload } from "../core/channels/slack";
import type { ChannelEdition, ChannelName } from "../core/channels/types";
import { buildWebhookPayload, signWebhookBody } from "../core/channels/webhook";
import { detectWholeReviewFlag, removeSpoilers } from "../core/spoilers";
import type { Review } from "../core/types";
import { readPublicEdition } from "../db/archive";
import {
  claimChannelDelivery,
  insertChannelDelivery,
  readChannelDelivery,
  recordChannelResult,
} from "../db/channel-deliveries";
import { readSettings, type Settings } from "../settings";
import { z } from "../validation";
import type { MessageResult } from "./messages";

export const ChannelMessage = z.object({
  kind: z.literal("channel"),
  editionId: z.number().check(z.int(), z.positive()),
  channel: z.enum(["discord", "slack", "webhook"]),
});
export type ChannelMessage = z.infer<typeof ChannelMessage>;

const TIMEOUT_MS = 10_000;
// A claim this old was left by a run that crashed mid-request.
const STALE_CLAIM_MS = 2 * 60_000;
// The consumer's max_retries in wrangler.toml: the last attempt records the failure.
const MAX_ATTEMPTS = 6;

function channelUrl(settings: Settings, channel: ChannelName): string | undefined {
  if (channel === "discord") return settings.DISCORD_WEBHOOK_URL;
  if (channel === "slack") return settings.SLACK_WEBHOOK_URL;
  return settings.JSON_WEBHOOK_URL;
}

/** The channels that have a webhook URL in the settings. */
export function listConfiguredChannels(settings: Settings): ChannelName[] {
  return (["discord", "slack", "webhook"] as const).filter((channel) => channelUrl(settings, channel));
}

function buildPayload(channel: ChannelName, plain: ChannelEdition, marked: ChannelEdition): unknown {
  if (channel === "discord") return buildDiscordPayload(marked);
  if (channel === "slack") return buildSlackPayload(plain);
  return buildWebhookPayload(plain);
}

/**
 * The original markup with each spoiler wrapped (the engine's "mark" mode), for Discord. A
 * review flagged as a spoiler as a whole keeps its markup: it is withheld, and hidden whole.
 */
function markSpoilers(review: Review): string {
  if (detectWholeReviewFlag(review) !== undefined) return review.html;
  return removeSpoilers(review.html, { link: review.link, mode: "mark" }).html;
}

/**
 * Queues an edition for every configured channel. `originals` (the reviews as the feed had
 * them) let Discord hide spoilers instead of dropping them; without them (an edition
 * republished after a crash) Discord gets the spoiler-free text. Idempotent per edition.
 */
export async function queueChannelDeliveries(env: Env, editionId: number, now: Date, originals: Review[] = []): Promise<ChannelName[]> {
  const read = readSettings(env);
  if (!read.ok) return [];
  const channels = listConfiguredChannels(read.settings);
  const edition = channels.length ? await readPublicEdition(env.DB, editionId) : undefined;
  if (!edition) return [];
  const source = { id: edition.id, subject: edition.subject, createdAt: edition.createdAt, reviews: edition.reviews };
  const plain = toChannelEdition(source, read.settings.PUBLIC_URL);
  const marked = toMarkedChannelEdition(source, read.settings.PUBLIC_URL, originals, markSpoilers);
  const queued: ChannelName[] = [];
  for (const channel of channels) {
    const payload = JSON.stringify(buildPayload(channel, plain, marked));
    if (await insertChannelDelivery(env.DB, editionId, channel, payload, now)) queued.push(channel);
  }
  if (queued.length) {
    await env.DELIVERY_QUEUE.sendBatch(queued.map((channel) => ({ body: { kind: "channel", editionId, channel } satisfies ChannelMessage })));
  }
  return queued;
}

async function postPayload(settings: Settings, channel: ChannelName, url: string, payload: string, attempt: number): Promise<ChannelOutcome> {
  const headers: Record<string, string> = { "content-type": "application/json", "user-agent": "review-digest (+channels)" };
  if (channel === "webhook") {
    if (!settings.JSON_WEBHOOK_SECRET) return { kind: "failed", error: "JSON_WEBHOOK_SECRET is not set, so the JSON webhook cannot be signed" };
    // Signed at send time: a retry hours later must not arrive with a stale timestamp.
    headers["x-signature"] = await signWebhookBody(settings.JSON_WEBHOOK_SECRET, payload, Math.floor(Date.now() / 1000));
  }
  try {
    const response = await fetch(url, { method: "POST", headers, body: payload, signal: AbortSignal.timeout(TIMEOUT_MS) });
    const body = await response.text();
    return classifyChannelResponse(channel, response.status, response.headers.get("retry-after"), body, attempt);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { kind: "retry", delaySeconds: backoffSeconds(attempt), error: `${channel} unreachable: ${reason}` };
  }
}

/**
 * Delivers one queued channel message: "ack" once sent or failed for good, else "retry" after
 * the channel's own rate-limit wait or a backoff. `attempts` is the queue's count, from 1.
 */
export async function deliverChannelMessage(
  db: D1Database,
  settings: Settings,
  body: ChannelMessage,
  attempts: number,
  now: Date,
): Promise<MessageResult> {
  const { editionId, channel } = body;
  const delivery = await readChannelDelivery(db, editionId, channel);
  if (!delivery || delivery.status === "sent" || delivery.status === "failed") return { action: "ack" };
  if (!(await claimChannelDelivery(db, editionId, channel, now, new Date(now.getTime() - STALE_CLAIM_MS)))) {
    // Another consumer holds it right now; look again once its claim would be stale.
    return { action: "retry", delaySeconds: STALE_CLAIM_MS / 1000 };
  }
  const url = channelUrl(settings, channel);
  const outcome: ChannelOutcome =
    url && delivery.payloadJson
      ? await postPayload(settings, channel, url, delivery.payloadJson, attempts)
      : { kind: "failed", error: `${channel} is no longer configured` };
  return settleChannelDelivery(db, body, outcome, attempts, now);
}

async function settleChannelDelivery(
  db: D1Database,
  body: ChannelMessage,
  outcome: ChannelOutcome,
  attempts: number,
  now: Date,
): Promise<MessageResult> {
  const { editionId, channel } = body;
  if (outcome.kind === "sent") {
    await recordChannelResult(db, editionId, channel, "sent", null, now);
    return { action: "ack" };
  }
  if (outcome.kind === "failed") {
    console.error(`review-digest: ${channel} delivery of edition ${editionId} failed: ${outcome.error}`);
    await recordChannelResult(db, editionId, channel, "failed", outcome.error, now);
    return { action: "ack" };
  }
  // The last retry hands the message to the dead-letter queue; the row then says it failed.
  const last = attempts >= MAX_ATTEMPTS;
  await recordChannelResult(db, editionId, channel, last ? "failed" : "queued", outcome.error, now);
  return { action: "retry", delaySeconds: outcome.delaySeconds };
}
