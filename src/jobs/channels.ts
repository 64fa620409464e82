// Channels next to email: Discord, Slack, the JSON webhook, Telegram, Mastodon and Bluesky.
// Publishing an edition queues one message per configured channel, so a channel that fails or
// is rate-limited never holds up another, nor the email chunks. Each message posts the payload
// frozen at publish time: once for the webhooks, one post per review for the others.
import { buildBlueskyPosts } from "../core/channels/bluesky";
import { buildDiscordPayload } from "../core/channels/discord";
import { toChannelEdition, toMarkedChannelEdition } from "../core/channels/edition";
import { buildMastodonStatuses } from "../core/channels/mastodon";
import type { ChannelOutcome } from "../core/channels/responses";
import { buildSlackPayload } from "../core/channels/slack";
import { buildTelegramMessages } from "../core/channels/telegram";
import type { ChannelEdition, ChannelName, PostingChannelName } from "../core/channels/types";
import { buildWebhookPayload } from "../core/channels/webhook";
import { safeFeedUrl } from "../core/feed-links";
import { detectWholeReviewFlag, removeSpoilers } from "../core/spoilers";
import type { Review } from "../core/types";
import { readPublicEdition } from "../db/archive";
import {
  claimChannelDelivery,
  insertChannelDelivery,
  readChannelDelivery,
  recordChannelResult,
  summarizeChannelDeliveries,
  type ChannelDelivery,
  type ChannelSummary,
} from "../db/channel-deliveries";
import { readSettings, type Settings } from "../settings";
import { deliverPosts } from "./channel-senders/posts";
import { postWebhookPayload } from "./channel-senders/webhooks";
import { CHANNELS, isChannelConfigured, listConfiguredChannels, webhookUrl } from "./channel-settings";
import type { ChannelMessage, MessageResult } from "./messages";

export { CHANNELS, isChannelConfigured, listConfiguredChannels };
const POSTING_CHANNELS: readonly ChannelName[] = ["telegram", "mastodon", "bluesky"] satisfies PostingChannelName[];

// A claim this old was left by a run that crashed mid-request.
const STALE_CLAIM_MS = 2 * 60_000;
// The consumer's max_retries in wrangler.toml: the last attempt records the failure.
const MAX_ATTEMPTS = 6;

export interface ChannelReport extends ChannelSummary {
  configured: boolean;
}

/** Every channel that is configured or has deliveries: on or off, and how its deliveries went. */
export async function describeChannels(db: D1Database, settings: Settings): Promise<ChannelReport[]> {
  const summaries = new Map((await summarizeChannelDeliveries(db)).map((summary) => [summary.channel, summary]));
  return CHANNELS.filter((channel) => summaries.has(channel) || isChannelConfigured(settings, channel)).map((channel) => ({
    ...(summaries.get(channel) ?? { channel, counts: { queued: 0, sending: 0, sent: 0, failed: 0 }, lastUpdatedAt: null, lastError: null }),
    configured: isChannelConfigured(settings, channel),
  }));
}

function isPostingChannel(channel: ChannelName): channel is PostingChannelName {
  return POSTING_CHANNELS.includes(channel);
}

/** Every feed-supplied link in a payload passes the one rule for them (http(s), no credentials). */
const vetLink = (url: string) => safeFeedUrl(url);

function buildPayload(channel: ChannelName, plain: ChannelEdition, marked: ChannelEdition, settings: Settings): unknown {
  if (channel === "discord") return buildDiscordPayload(marked);
  if (channel === "slack") return buildSlackPayload(plain);
  if (channel === "telegram") return buildTelegramMessages(marked, settings.TELEGRAM_CHAT_ID ?? "", vetLink);
  if (channel === "mastodon") return buildMastodonStatuses(marked, vetLink);
  if (channel === "bluesky") return buildBlueskyPosts(marked, vetLink);
  return buildWebhookPayload(plain);
}

/**
 * The original markup with each spoiler wrapped (the engine's "mark" mode), for the channels
 * that hide spoilers their own way. A review flagged as a spoiler as a whole keeps its markup:
 * it is withheld, and every formatter shows a notice instead of its body.
 */
function markSpoilers(review: Review): string {
  if (detectWholeReviewFlag(review) !== undefined) return review.html;
  return removeSpoilers(review.html, { link: review.link, mode: "mark" }).html;
}

/**
 * Queues an edition for every configured channel. `originals` (the reviews as the feed had
 * them) let Discord and Telegram hide spoilers instead of dropping them; without them (an
 * edition republished after a crash) every channel gets the spoiler-free text. Idempotent per edition.
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
    const payload = JSON.stringify(buildPayload(channel, plain, marked, read.settings));
    if (await insertChannelDelivery(env.DB, editionId, channel, payload, now)) queued.push(channel);
  }
  if (queued.length) {
    await env.DELIVERY_QUEUE.sendBatch(queued.map((channel) => ({ body: { kind: "channel", editionId, channel } satisfies ChannelMessage })));
  }
  return queued;
}

async function sendDelivery(db: D1Database, settings: Settings, delivery: ChannelDelivery, attempts: number, now: Date): Promise<ChannelOutcome> {
  const { channel } = delivery;
  if (!isChannelConfigured(settings, channel) || !delivery.payloadJson) return { kind: "failed", error: `${channel} is no longer configured` };
  if (isPostingChannel(channel)) return deliverPosts(db, settings, { ...delivery, channel }, attempts, now);
  return postWebhookPayload(settings, channel, webhookUrl(settings, channel) ?? "", delivery.payloadJson, attempts);
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
  const outcome = await sendDelivery(db, settings, delivery, attempts, now);
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
  // A retry after some posts went out (a rate limit reached mid-edition) is progress, not failure.
  const last = attempts >= MAX_ATTEMPTS && !outcome.progressed;
  await recordChannelResult(db, editionId, channel, last ? "failed" : "queued", outcome.error, now);
  return { action: "retry", delaySeconds: outcome.delaySeconds };
}
