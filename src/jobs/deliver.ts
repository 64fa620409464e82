// The chunk consumer: one Resend batch call for up to 100 subscribers of one edition.
// Exactly once: the recipients are fixed in D1 ('sending') before the first call, their links
// are deterministic, so every retry sends a byte-identical batch under the same
// Idempotency-Key, and Resend answers a repeat with the first answer without sending again.
// What each answer does to the chunk is in deliver-outcome.ts.
import { listChunkMembers, markChunkSending, recordChunkUnknown, type ChunkMember } from "../db/deliveries";
import { loadChunkState, markChunkCallStatement, type ChunkRef, type ChunkState } from "../db/delivery-chunks";
import { findEdition, type Edition } from "../db/editions";
import { buildSubscriberLinks } from "../mail/links";
import type { Mailer, OutgoingEmail } from "../mail/types";
import type { Pacer } from "../mail/pacer";
import type { Settings } from "../settings";
import { handleOutcome, leaseUntil, parkForQuota, waitAndRequeue } from "./deliver-outcome";
import type { DeliverMessage, MessageResult } from "./messages";

export interface DeliveryContext {
  db: D1Database;
  settings: Settings;
  mailer: Mailer;
  pacer: Pacer;
  now: () => Date;
  /** The delivery queue: a wait is a fresh message with a delay, not a spent retry. */
  queue: Queue;
}

/**
 * Resend keeps an idempotency key for 24 hours. Round 0 is the chunk's first key; the operator's
 * "retry failed" or "resend" starts a new round, hence a new key.
 */
export function chunkIdempotencyKey(editionId: number, chunk: number, round = 0): string {
  return round === 0 ? `edition-${editionId}-chunk-${chunk}` : `edition-${editionId}-chunk-${chunk}-round-${round}`;
}

/** The pacer may hold a chunk this long; a longer rate-limit wait goes back to the queue with a delay. */
const MAX_INLINE_WAIT_MS = 5_000;

/** Past this age a key's outcome is not trusted to Resend's memory any more (24 h, less a margin). */
export const KEY_TRUST_MS = 23 * 3_600_000;

/** True when a call under the chunk's key may have sent, and Resend is about to forget the key. */
export function isPastKeyWindow(state: Pick<ChunkState, "uncertain" | "firstCallAt">, now: Date): boolean {
  return state.uncertain && state.firstCallAt !== null && now.getTime() - Date.parse(state.firstCallAt) >= KEY_TRUST_MS;
}

/** One subscriber's email: the edition's shared parts, with their links for the transport to fill. */
async function buildEmail(settings: Settings, edition: Edition, member: ChunkMember): Promise<OutgoingEmail> {
  const { headers, ...links } = await buildSubscriberLinks(settings, member, edition.id);
  const email: OutgoingEmail = {
    from: settings.FROM,
    to: member.email,
    subject: edition.subject,
    html: edition.html,
    text: edition.text,
    links,
    headers,
    tags: [{ name: "edition", value: String(edition.id) }],
  };
  if (settings.REPLY_TO) email.replyTo = settings.REPLY_TO;
  return email;
}

/**
 * Fixes the chunk's recipients on its first run; later runs reuse exactly that list. The same
 * D1 batch (or one write) records the call about to be made: the key's first use, and a lease.
 */
async function fixRecipients(context: DeliveryContext, ref: ChunkRef, now: Date): Promise<ChunkMember[]> {
  const members = await listChunkMembers(context.db, ref.editionId, ref.chunk);
  const queued = members.filter((member) => member.deliveryStatus === "queued");
  const sending = members.filter((member) => member.deliveryStatus === "sending");
  if (queued.length === 0 && sending.length === 0) return [];
  const markCall = markChunkCallStatement(context.db, ref, now, leaseUntil(context, now));
  if (queued.length === 0) {
    await markCall.run();
    return sending;
  }
  const skip = queued.filter((member) => member.subscriberStatus !== "active" || member.paused).map((member) => member.subscriberId);
  await markChunkSending(context.db, ref.editionId, ref.chunk, skip, now, [markCall]);
  const skipped = new Set(skip);
  return members.filter((member) => member.deliveryStatus === "sending" || (member.deliveryStatus === "queued" && !skipped.has(member.subscriberId)));
}

/** Sends one chunk and records the outcome; the result tells the queue what to do. */
export async function deliverChunk(context: DeliveryContext, message: DeliverMessage): Promise<MessageResult> {
  const ref: ChunkRef = { editionId: message.editionId, chunk: message.chunk };
  const now = context.now();
  const [edition, { state, quotaUntil }] = await Promise.all([
    findEdition(context.db, ref.editionId),
    loadChunkState(context.db, ref, now, leaseUntil(context, now)),
  ]);
  if (!edition) {
    console.error(`review-digest: deliver: edition ${ref.editionId} does not exist; dropping chunk ${ref.chunk}`);
    return { action: "ack" };
  }
  // Another chunk of this edition hit the quota: wait with it rather than spend a call.
  if (quotaUntil !== null && Date.parse(quotaUntil) > now.getTime()) return parkForQuota(context, ref, new Date(quotaUntil), now);
  if (isPastKeyWindow(state, now)) {
    await recordChunkUnknown(context.db, ref.editionId, ref.chunk, "outcome unknown when Resend's 24 h idempotency window closed", now);
    return { action: "ack" };
  }
  const recipients = await fixRecipients(context, ref, now);
  if (recipients.length === 0) return { action: "ack" };
  const pendingMs = context.pacer.pendingMs();
  if (pendingMs > MAX_INLINE_WAIT_MS) return waitAndRequeue(context, ref, pendingMs / 1000, "waiting for Resend's rate limit");
  const emails = await Promise.all(recipients.map((member) => buildEmail(context.settings, edition, member)));
  await context.pacer.wait();
  const outcome = await context.mailer.sendBatch(emails, { idempotencyKey: chunkIdempotencyKey(ref.editionId, ref.chunk, state.round) });
  context.pacer.observe(outcome);
  return handleOutcome(context, ref, recipients, outcome);
}
