// What one Resend answer does to a chunk:
// - accepted: rows recorded sent (or refused one by one);
// - rate limit, key in progress: a wait, never a failure. The message is acked and a fresh one
//   queued with the delay, so the queue's retry budget is not spent (a 429 storm can last hours);
// - quota: the chunk (and through loadChunkState its edition) pauses; the cron sweeper queues
//   it again when the pause ends;
// - 5xx, network, timeout: a real failure, counted in D1 with backoff; past the budget the chunk
//   is parked and the sweeper tries again later, under the same key;
// - invalid: final, rows failed ("retry failed" in the console); the key bound to another
//   payload: rows unknown (that payload may have been sent), for the operator.
import { recordChunkAttempt, recordChunkFailed, recordChunkSent, recordChunkUnknown, type ChunkMember } from "../db/deliveries";
import { clearChunkStatement, parkChunk, recordChunkFailure, recordChunkWait, type ChunkRef } from "../db/delivery-chunks";
import { recordDeadLetter } from "../db/dead-letters";
import type { SendOutcome } from "../mail/types";
import type { DeliveryContext } from "./deliver";
import { backoffSeconds, type DeliverMessage, type MessageResult } from "./messages";

/** Real failures (5xx, network, timeout) in a row before a chunk is parked. */
export const FAILURE_BUDGET = 10;
/** How long a parked (or dead-lettered) chunk rests before the sweeper queues it again. */
export const PARK_MS = 30 * 60_000;
/** Without a retry-after, a quota is tried again after this long (Resend does not say when it resets). */
export const QUOTA_RECHECK_MS = 60 * 60_000;
/** Cloudflare Queues delays a message by at most 12 hours. */
const MAX_DELAY_SECONDS = 43_200;
const IN_PROGRESS_DELAY_SECONDS = 2;

/** The chunk counts as in flight until then: past it, the cron sweeper queues it again. */
export function leaseUntil(context: DeliveryContext, from: Date, extraSeconds = 0): Date {
  return new Date(from.getTime() + (context.settings.DELIVERY_LEASE_SECONDS + extraSeconds) * 1000);
}

type Accepted = Extract<SendOutcome, { ok: true }>;
type Failed = Extract<SendOutcome, { ok: false }>;

/** Pairs the accepted ids (in order, refused ones left out) and refusals with their recipients. */
async function recordAnswer(context: DeliveryContext, ref: ChunkRef, recipients: ChunkMember[], outcome: Accepted): Promise<MessageResult> {
  const refusals = new Map(outcome.rejected.map((item) => [item.index, item.message]));
  const accepted = recipients.filter((_, index) => !refusals.has(index));
  const sent = accepted.map((member, index) => ({ subscriberId: member.subscriberId, providerMessageId: outcome.ids[index] ?? "" }));
  const refused = recipients.flatMap((member, index) => {
    const error = refusals.get(index);
    return error === undefined ? [] : [{ subscriberId: member.subscriberId, error: `invalid: ${error}` }];
  });
  if (refused.length) console.warn(`review-digest: deliver edition ${ref.editionId}: Resend refused ${refused.length} recipient(s)`);
  const now = context.now();
  await recordChunkSent(context.db, ref.editionId, sent, refused, now, [clearChunkStatement(context.db, ref, now)]);
  return { action: "ack" };
}

/** Queues the chunk again after `delaySeconds` as a fresh message, then acks this one. */
export async function waitAndRequeue(context: DeliveryContext, ref: ChunkRef, delaySeconds: number, error: string, uncertain = false): Promise<MessageResult> {
  const delay = Math.min(MAX_DELAY_SECONDS, Math.max(1, Math.ceil(delaySeconds)));
  const now = context.now();
  const until = new Date(now.getTime() + delay * 1000);
  const wait = { waiting: "rate_limit" as const, until, leaseUntil: leaseUntil(context, now, delay), error, uncertain };
  await recordChunkWait(context.db, ref, wait, now);
  const body: DeliverMessage = { kind: "deliver", editionId: ref.editionId, chunk: ref.chunk };
  await context.queue.send(body, { delaySeconds: delay, contentType: "json" });
  return { action: "ack" };
}

/** The chunk waits for the quota to reset; the cron sweeper queues it again then. */
export async function parkForQuota(context: DeliveryContext, ref: ChunkRef, until: Date, now: Date, error = "paused: the Resend quota is used up"): Promise<MessageResult> {
  await recordChunkWait(context.db, ref, { waiting: "quota", until, leaseUntil: until, error, uncertain: false }, now);
  return { action: "ack" };
}

async function recordRealFailure(context: DeliveryContext, ref: ChunkRef, outcome: Failed): Promise<MessageResult> {
  const now = context.now();
  const error = `${outcome.kind}: ${outcome.message}`;
  const [failures] = await Promise.all([
    recordChunkFailure(context.db, ref, error, true, leaseUntil(context, now, backoffSeconds(FAILURE_BUDGET)), now),
    recordChunkAttempt(context.db, ref.editionId, ref.chunk, error, now),
  ]);
  if (failures < FAILURE_BUDGET) return { action: "retry", delaySeconds: backoffSeconds(failures) };
  const until = new Date(now.getTime() + PARK_MS);
  await parkChunk(context.db, ref, until, `parked after ${failures} failures: ${error}`, now);
  await recordDeadLetter(context.db, "review-digest-deliveries", ref, `${failures} failures in a row, retried from ${until.toISOString()}: ${error}`, now);
  return { action: "ack" };
}

/** Records what Resend answered and tells the queue what to do with the message. */
export async function handleOutcome(context: DeliveryContext, ref: ChunkRef, recipients: ChunkMember[], outcome: SendOutcome): Promise<MessageResult> {
  if (outcome.ok) return recordAnswer(context, ref, recipients, outcome);
  console.warn(`review-digest: deliver edition ${ref.editionId} chunk ${ref.chunk}: ${outcome.kind}: ${outcome.message}`);
  switch (outcome.kind) {
    case "rate_limited":
      return waitAndRequeue(context, ref, outcome.retryAfterSeconds ?? 1, outcome.message);
    case "in_progress":
      return waitAndRequeue(context, ref, IN_PROGRESS_DELAY_SECONDS, outcome.message, true);
    case "quota": {
      const now = context.now();
      const after = outcome.retryAfterSeconds !== undefined ? outcome.retryAfterSeconds * 1000 : QUOTA_RECHECK_MS;
      return parkForQuota(context, ref, new Date(now.getTime() + after), now, `paused: ${outcome.message}`);
    }
    case "temporary":
      return recordRealFailure(context, ref, outcome);
    case "invalid":
      await recordChunkFailed(context.db, ref.editionId, ref.chunk, `${outcome.kind}: ${outcome.message}`, context.now());
      return { action: "ack" };
    case "idempotency_mismatch":
      // The key already sent another payload (a secret rotated between attempts?): Resend may
      // have delivered that one, so "retry failed" must not resend it blindly.
      await recordChunkUnknown(context.db, ref.editionId, ref.chunk, `${outcome.kind}: ${outcome.message}`, context.now());
      return { action: "ack" };
  }
}
