// Daily and weekly digests, run on every cron tick. A slot opens at DIGEST_HOUR (UTC) every
// day, and on DIGEST_WEEKDAY for weekly; the first tick in or after it sends, later ticks find
// nothing due. A missed tick is caught up by the next one instead of skipping a day.
// Digests travel the pipeline's own path: deliveries in chunks, one queue message per chunk,
// the same consumer and Idempotency-Key scheme (see deliver.ts).
import type { SpoilerFreeReview } from "../core/types";
import { renderDigest } from "../core/render";
import { listOpenChunks } from "../db/deliveries";
import type { BatchedRead } from "../db/batched-read";
import { closeDigestSlot, createDigestEdition, digestWorkRead, listInstantEditionsAfter, readDigestWork, type DigestCadence, type DigestWork } from "../db/digests";
import { markEditionPublished } from "../db/editions";
import { publicationName, readSettings, type Settings } from "../settings";
import type { DeliverMessage } from "./messages";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Queue.sendBatch takes at most 100 messages per call. */
const MESSAGES_PER_SEND = 100;
/** Past this many reviews the renderer would only list titles; the newest are kept. */
export const MAX_DIGEST_REVIEWS = 30;

export interface DigestSent {
  cadence: DigestCadence;
  editionId: number;
  reviews: number;
  chunks: number;
}

export type DigestSummary = { ok: true; sent: DigestSent[]; requeued: number[] } | { ok: false; problems: string[] };

/** The start of the slot `now` falls in: the latest DIGEST_HOUR (on DIGEST_WEEKDAY for weekly) at or before `now`. */
export function currentSlot(settings: Settings, cadence: DigestCadence, now: Date): Date {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), settings.DIGEST_HOUR);
  const daysBack = cadence === "weekly" ? (now.getUTCDay() - settings.DIGEST_WEEKDAY + 7) % 7 : 0;
  let slot = today - daysBack * DAY_MS;
  if (slot > now.getTime()) slot -= (cadence === "weekly" ? 7 : 1) * DAY_MS;
  return new Date(slot);
}

function currentSlots(settings: Settings, now: Date): Record<DigestCadence, Date> {
  return { daily: currentSlot(settings, "daily", now), weekly: currentSlot(settings, "weekly", now) };
}

/** The digest step's read at `now`, for the tick to join to its other chores' (undefined: invalid settings). */
export function digestsRead(env: Env, now: Date): BatchedRead<DigestWork> | undefined {
  const read = readSettings(env);
  return read.ok ? digestWorkRead(env.DB, currentSlots(read.settings, now)) : undefined;
}

/** Sends every digest due at `now`; `pending`: what digestsRead found, if the tick read it already. Invalid settings: nothing is sent. */
export async function sendDueDigests(env: Env, now: Date, pending?: DigestWork): Promise<DigestSummary> {
  const read = readSettings(env);
  if (!read.ok) return { ok: false, problems: read.problems };
  const slots = currentSlots(read.settings, now);
  const work = pending ?? (await readDigestWork(env.DB, slots));
  const requeued = await requeueStranded(env, work.stranded, now);
  const sent: DigestSent[] = [];
  for (const cadence of ["daily", "weekly"] as const) {
    const slot = slots[cadence];
    for (const afterId of work.due[cadence]) {
      try {
        const result = await sendGroupDigest(env, read.settings, cadence, slot, afterId, now);
        if (result) sent.push(result);
      } catch (error) {
        // One group's failure (a render error) must not hold back the others; it stays due.
        console.error(`review-digest: ${cadence} digest after edition ${afterId} failed`, error);
      }
    }
  }
  return { ok: true, sent, requeued };
}

async function sendGroupDigest(env: Env, settings: Settings, cadence: DigestCadence, slot: Date, afterId: number, now: Date): Promise<DigestSent | undefined> {
  const sources = await listInstantEditionsAfter(env.DB, afterId);
  const upToId = sources.at(-1)?.id;
  if (upToId === undefined) {
    await closeDigestSlot(env.DB, cadence, slot, afterId);
    return undefined;
  }
  const reviews = combineReviews(sources.flatMap((source) => source.reviews));
  const digest = renderDigest(reviews, { publication: publicationName(settings) });
  const editionId = await createDigestEdition(env.DB, { cadence, slotStart: slot, afterId, upToId, digest, reviews, now });
  if (editionId === undefined) return undefined;
  const chunks = await queueChunks(env, editionId, now);
  return { cadence, editionId, reviews: reviews.length, chunks };
}

/** Oldest first as published, each review once (a republished post can sit in two editions), newest kept when capped. */
function combineReviews(reviews: SpoilerFreeReview[]): SpoilerFreeReview[] {
  const byLink = new Map<string, SpoilerFreeReview>();
  for (const review of reviews) byLink.set(review.link, review);
  return [...byLink.values()].slice(-MAX_DIGEST_REVIEWS);
}

/** Queues one deliver message per open chunk, then marks the edition published. */
async function queueChunks(env: Env, editionId: number, now: Date): Promise<number> {
  const chunks = await listOpenChunks(env.DB, editionId);
  const messages = chunks.map((chunk): MessageSendRequest<DeliverMessage> => ({ body: { kind: "deliver", editionId, chunk }, contentType: "json" }));
  for (let start = 0; start < messages.length; start += MESSAGES_PER_SEND) {
    await env.DELIVERY_QUEUE.sendBatch(messages.slice(start, start + MESSAGES_PER_SEND));
  }
  await markEditionPublished(env.DB, editionId, now);
  return chunks.length;
}

/** Digest editions a crash left between creation and queueing get queued now (a chunk queued twice sends once). */
async function requeueStranded(env: Env, stranded: number[], now: Date): Promise<number[]> {
  for (const id of stranded) await queueChunks(env, id, now);
  return stranded;
}
