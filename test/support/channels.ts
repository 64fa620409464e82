// Helpers for the channel and publish tests. The producer side of DELIVERY_QUEUE is recorded
// instead of sent, and the test then runs the worker's real queue handler on those bodies:
// the background consumer of the local queue runs with the base test env (no channel URLs),
// so letting it race the test would deliver with other settings than the test's.
import { createExecutionContext, createMessageBatch, env, getQueueResult } from "cloudflare:test";
import { vi } from "vitest";
import worker from "../../src/index";
import type { SpoilerFreeReview } from "../../src/core/types";
import { BLUESKY_HANDLE, BLUESKY_PASSWORD } from "./channels-bluesky";
import { MASTODON_TOKEN } from "./channels-mastodon";
import { TELEGRAM_CHAT, TELEGRAM_TOKEN } from "./channels-telegram";

export const QUEUE = "review-digest-deliveries";
export const DISCORD_URL = "https://discord.test/api/webhooks/1/abc";
export const SLACK_URL = "https://hooks.slack.test/services/T1/B1/xyz";
export const JSON_URL = "https://hooks.example.test/review-digest";

export interface RecordedQueue {
  queue: Queue;
  bodies: unknown[];
}

/** A DELIVERY_QUEUE whose send/sendBatch record the bodies. */
export function recordQueue(): RecordedQueue {
  const bodies: unknown[] = [];
  const producer = {
    async send(body: unknown) {
      bodies.push(body);
    },
    async sendBatch(messages: Iterable<MessageSendRequest<unknown>>) {
      for (const message of messages) bodies.push(message.body);
    },
  };
  return { queue: producer as unknown as Queue, bodies };
}

export const JSON_SECRET = "test-json-webhook-secret-0123456789";

/** The test env with every channel configured and the queue recorded. */
export function channelEnv(overrides: Partial<Env> = {}): { env: Env; recorded: RecordedQueue } {
  const recorded = recordQueue();
  const runEnv: Env = {
    ...env,
    DISCORD_WEBHOOK_URL: DISCORD_URL,
    SLACK_WEBHOOK_URL: SLACK_URL,
    JSON_WEBHOOK_URL: JSON_URL,
    JSON_WEBHOOK_SECRET: JSON_SECRET,
    DELIVERY_QUEUE: recorded.queue,
    ...overrides,
  };
  return { env: runEnv, recorded };
}

export interface Consumed {
  acked: unknown[];
  retried: { body: unknown; delaySeconds: number | undefined }[];
}

/** Runs the worker's queue handler on these bodies, as delivery attempt `attempts`. */
export async function consume(runEnv: Env, bodies: unknown[], attempts = 1): Promise<Consumed> {
  const batch = createMessageBatch(
    QUEUE,
    bodies.map((body, index) => ({ id: `m-${index}-${crypto.randomUUID()}`, timestamp: new Date(), attempts, body })),
  );
  const spies = batch.messages.map((message) => vi.spyOn(message, "retry"));
  const ctx = createExecutionContext();
  await worker.queue(batch, runEnv);
  // FetcherQueueResult is not declared by the pool's types at this version.
  const result: { explicitAcks: string[]; retryMessages: { msgId: string }[] } = await getQueueResult(batch, ctx);
  const acked = batch.messages.filter((message) => result.explicitAcks.includes(message.id)).map((message) => message.body);
  const retried = batch.messages.flatMap((message, index) =>
    result.retryMessages.some((retry) => retry.msgId === message.id)
      ? [{ body: message.body, delaySeconds: spies[index]?.mock.calls[0]?.[0]?.delaySeconds }]
      : [],
  );
  return { acked, retried };
}

/**
 * An instant (or other kind of) edition holding these spoiler-free reviews, marked published
 * so that a poll in the same file does not take it for one a crash left unqueued.
 */
export async function addChannelEdition(reviews: SpoilerFreeReview[], kind = "instant", subject = "New review"): Promise<number> {
  const row = await env.DB.prepare(
    `INSERT INTO editions (kind, subject, html, text, reviews_json, created_at, published_at)
     VALUES (?1, ?2, '<p>See {{view_in_browser_url}}</p>', 'text', ?3, ?4, ?4) RETURNING id`,
  )
    .bind(kind, subject, JSON.stringify(reviews), new Date().toISOString())
    .first<{ id: number }>();
  if (!row) throw new Error("edition insert failed");
  return row.id;
}

export function spoilerFreeReview(overrides: Partial<SpoilerFreeReview> = {}): SpoilerFreeReview {
  const id = crypto.randomUUID().slice(0, 8);
  return {
    id: `https://medium.com/p/${id}`,
    link: `https://medium.com/@jefflight/review-${id}`,
    title: `Oppenheimer (${id})`,
    author: "Jeff Light",
    published: "2026-11-20T10:00:00.000Z",
    categories: [],
    html: "<p>A <strong>long</strong> film about a bomb.</p><p><em>Spoilers removed.</em></p>",
    source: "medium",
    containsSpoilers: false,
    removed: [],
    withheld: false,
    ...overrides,
  };
}

export const TELEGRAM_API = "https://telegram.test";
export const MASTODON_INSTANCE = "https://mastodon.test";
export const BLUESKY_PDS = "https://pds.bsky.test";

/** The test env with Telegram, Mastodon and Bluesky configured (their fakes' credentials), the webhooks off. */
export function socialEnv(overrides: Partial<Env> = {}): { env: Env; recorded: RecordedQueue } {
  return channelEnv({
    DISCORD_WEBHOOK_URL: "",
    SLACK_WEBHOOK_URL: "",
    JSON_WEBHOOK_URL: "",
    TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
    TELEGRAM_CHAT_ID: TELEGRAM_CHAT,
    TELEGRAM_API_URL: TELEGRAM_API,
    MASTODON_URL: MASTODON_INSTANCE,
    MASTODON_TOKEN,
    BLUESKY_HANDLE,
    BLUESKY_APP_PASSWORD: BLUESKY_PASSWORD,
    BLUESKY_SERVICE: BLUESKY_PDS,
    ...overrides,
  });
}
