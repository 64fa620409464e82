// The delivery sweeper, on every cron tick: a chunk with rows still queued or sending and
// nothing in flight (its lease ran out: a crash, a lost or dead-lettered message, the end of a
// quota pause or a parked retry) is queued again, under the same Idempotency-Key, so Resend
// answers a repeat of an accepted batch without sending it twice. A chunk whose call may have
// sent and whose key Resend is about to forget (24 h) is marked 'unknown' instead, for the
// operator: never a blind resend. Channel deliveries whose message was lost are queued again
// the same way; the claim in channels.ts keeps one post from going out twice.
import type { ChannelDeliveryKey } from "../db/channel-deliveries";
import { recordChunkUnknown } from "../db/deliveries";
import { claimChunks, type ChunkRef, type ExpiredChunk } from "../db/delivery-chunks";
import { strandedDeliveriesRead, takeStrandedDeliveries, type StrandedDeliveries } from "../db/stranded";
import type { BatchedRead } from "../db/batched-read";
import { readSettings } from "../settings";
import { isPastKeyWindow } from "./deliver";
import type { ChannelMessage, DeliverMessage } from "./messages";

// Queue.sendBatch takes at most 100 messages per call.
const MESSAGES_PER_SEND = 100;
/** Per tick; the next tick takes the rest. 1,000 chunks are 100,000 readers. */
const CHUNKS_PER_SWEEP = 1_000;
const CHANNEL_DELIVERIES_PER_SWEEP = 100;

export interface SweepResult {
  requeued: number;
  unknown: number;
  channels: number;
}

const SWEEP_LIMITS = { chunks: CHUNKS_PER_SWEEP, channels: CHANNEL_DELIVERIES_PER_SWEEP };

/** The sweeper's read at `now`, for the tick to join to its other chores' (undefined: invalid settings, nothing to sweep). */
export function sweepRead(env: Env, now: Date): BatchedRead<StrandedDeliveries> | undefined {
  const settings = readSettings(env);
  if (!settings.ok) return undefined;
  return strandedDeliveriesRead(env.DB, now, new Date(now.getTime() - settings.settings.DELIVERY_LEASE_SECONDS * 1000), SWEEP_LIMITS);
}

/** Queues chunks of any edition whose lease ran out at `now`; `read`: what sweepRead found, if the tick read it already. */
export async function sweepDeliveries(env: Env, now: Date, read?: StrandedDeliveries): Promise<SweepResult> {
  const settings = readSettings(env);
  if (!settings.ok) return { requeued: 0, unknown: 0, channels: 0 };
  const leaseMs = settings.settings.DELIVERY_LEASE_SECONDS * 1000;
  const stranded = read ?? (await takeStrandedDeliveries(env.DB, now, new Date(now.getTime() - leaseMs), SWEEP_LIMITS));
  const [chunks, channels] = await Promise.all([sweepChunks(env, stranded.chunks, now, leaseMs), sweepChannelDeliveries(env, stranded.channels)]);
  return { ...chunks, channels };
}

async function sweepChunks(env: Env, expired: ExpiredChunk[], now: Date, leaseMs: number): Promise<Omit<SweepResult, "channels">> {
  if (expired.length === 0) return { requeued: 0, unknown: 0 };
  const unknown = expired.filter((chunk) => isPastKeyWindow(chunk, now));
  for (const chunk of unknown) {
    await recordChunkUnknown(env.DB, chunk.editionId, chunk.chunk, "outcome unknown when Resend's 24 h idempotency window closed", now);
  }
  const requeue: ChunkRef[] = expired.filter((chunk) => !unknown.includes(chunk)).map(({ editionId, chunk }) => ({ editionId, chunk }));
  await queueChunks(env, requeue, now, new Date(now.getTime() + leaseMs));
  if (expired.length) console.warn(`review-digest: sweeper queued ${requeue.length} stranded chunk(s), marked ${unknown.length} unknown`);
  return { requeued: requeue.length, unknown: unknown.length };
}

/** Queues the reclaimed channel deliveries (untouched for a lease) again; returns how many. */
async function sweepChannelDeliveries(env: Env, stranded: ChannelDeliveryKey[]): Promise<number> {
  if (stranded.length === 0) return 0;
  await env.DELIVERY_QUEUE.sendBatch(stranded.map(({ editionId, channel }) => ({ body: { kind: "channel", editionId, channel } satisfies ChannelMessage })));
  console.warn(`review-digest: sweeper queued ${stranded.length} stranded channel deliveries`);
  return stranded.length;
}

/** Leases the chunks, then queues one message each (a lost send is swept again after the lease). */
export async function queueChunks(env: Env, chunks: ChunkRef[], now: Date, leaseUntil: Date): Promise<void> {
  await claimChunks(env.DB, chunks, now, leaseUntil);
  const messages = chunks.map((ref): MessageSendRequest<DeliverMessage> => ({
    body: { kind: "deliver", editionId: ref.editionId, chunk: ref.chunk },
    contentType: "json",
  }));
  for (let start = 0; start < messages.length; start += MESSAGES_PER_SEND) {
    await env.DELIVERY_QUEUE.sendBatch(messages.slice(start, start + MESSAGES_PER_SEND));
  }
}
