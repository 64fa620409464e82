// The chunk consumer: one Resend batch call for up to 100 subscribers of one edition.
// Exactly once: the recipients are fixed in D1 ('sending') before the first call, their links
// are deterministic, so every retry sends a byte-identical batch under the same
// Idempotency-Key, and Resend answers a repeat with the first answer without sending again.
import { fillPlaceholders } from "../core/render/placeholders";
import { listChunkMembers, markChunkSending, recordChunkAttempt, recordChunkFailed, recordChunkSent, type ChunkMember } from "../db/deliveries";
import { findEdition, type Edition } from "../db/editions";
import { buildSubscriberLinks } from "../mail/links";
import type { Mailer, OutgoingEmail, SendOutcome } from "../mail/types";
import type { Pacer } from "../mail/pacer";
import type { Settings } from "../settings";
import { backoffSeconds, type DeliverMessage, type MessageResult } from "./messages";

export interface DeliveryContext {
  db: D1Database;
  settings: Settings;
  mailer: Mailer;
  pacer: Pacer;
  now: () => Date;
}

/** Resend keeps idempotency keys for 24 hours; queue retries end well within that. */
export function chunkIdempotencyKey(editionId: number, chunk: number): string {
  return `edition-${editionId}-chunk-${chunk}`;
}

async function buildEmail(settings: Settings, edition: Edition, member: ChunkMember): Promise<OutgoingEmail> {
  const links = await buildSubscriberLinks(settings, member.subscriberId, edition.id);
  const filled = fillPlaceholders(edition, links);
  const email: OutgoingEmail = {
    from: settings.FROM,
    to: member.email,
    subject: filled.subject,
    html: filled.html,
    text: filled.text,
    headers: links.headers,
    tags: [{ name: "edition", value: String(edition.id) }],
  };
  if (settings.REPLY_TO) email.replyTo = settings.REPLY_TO;
  return email;
}

/** Fixes the chunk's recipients on its first run; later runs reuse exactly that list. */
async function fixRecipients(context: DeliveryContext, message: DeliverMessage): Promise<ChunkMember[]> {
  const members = await listChunkMembers(context.db, message.editionId, message.chunk);
  const queued = members.filter((member) => member.deliveryStatus === "queued");
  if (queued.length > 0) {
    const skip = queued.filter((member) => member.subscriberStatus !== "active" || member.paused).map((member) => member.subscriberId);
    await markChunkSending(context.db, message.editionId, message.chunk, skip, context.now());
    const skipped = new Set(skip);
    return members.filter((member) => member.deliveryStatus === "sending" || (member.deliveryStatus === "queued" && !skipped.has(member.subscriberId)));
  }
  return members.filter((member) => member.deliveryStatus === "sending");
}

/** Pairs the accepted ids (in order, refused ones left out) and refusals with their recipients. */
async function recordAnswer(context: DeliveryContext, editionId: number, recipients: ChunkMember[], outcome: Extract<SendOutcome, { ok: true }>) {
  const refusals = new Map(outcome.rejected.map((item) => [item.index, item.message]));
  const accepted = recipients.filter((_, index) => !refusals.has(index));
  const sent = accepted.map((member, index) => ({ subscriberId: member.subscriberId, providerMessageId: outcome.ids[index] ?? "" }));
  const refused = recipients.flatMap((member, index) => {
    const error = refusals.get(index);
    return error === undefined ? [] : [{ subscriberId: member.subscriberId, error: `invalid: ${error}` }];
  });
  if (refused.length) console.warn(`review-digest: deliver edition ${editionId}: Resend refused ${refused.length} recipient(s)`);
  await recordChunkSent(context.db, editionId, sent, refused, context.now());
}

/** Sends one chunk and records the outcome; the result tells the queue what to do. */
export async function deliverChunk(context: DeliveryContext, message: DeliverMessage, attempts: number): Promise<MessageResult> {
  const edition = await findEdition(context.db, message.editionId);
  if (!edition) {
    console.error(`review-digest: deliver: edition ${message.editionId} does not exist; dropping chunk ${message.chunk}`);
    return { action: "ack" };
  }
  const recipients = await fixRecipients(context, message);
  if (recipients.length === 0) return { action: "ack" };
  const emails = await Promise.all(recipients.map((member) => buildEmail(context.settings, edition, member)));
  await context.pacer.wait();
  const outcome = await context.mailer.sendBatch(emails, { idempotencyKey: chunkIdempotencyKey(message.editionId, message.chunk) });
  context.pacer.observe(outcome);
  if (outcome.ok) {
    await recordAnswer(context, message.editionId, recipients, outcome);
    return { action: "ack" };
  }
  const error = `${outcome.kind}: ${outcome.message}`;
  console.warn(`review-digest: deliver edition ${message.editionId} chunk ${message.chunk}: ${error}`);
  if (outcome.final) {
    await recordChunkFailed(context.db, message.editionId, message.chunk, error, context.now());
    return { action: "ack" };
  }
  await recordChunkAttempt(context.db, message.editionId, message.chunk, error, context.now());
  const delaySeconds = outcome.kind === "rate_limited" ? (outcome.retryAfterSeconds ?? 1) : backoffSeconds(attempts);
  return { action: "retry", delaySeconds };
}
