// The local transport: with no RESEND_API_KEY, mail is kept in D1 and listed at
// GET /admin/outbox, so a fresh checkout works without accounts. It mirrors Resend's
// idempotency: a key already stored returns the first ids and stores nothing again.
import { randomToken } from "../crypto";
import { findOutboxIds, storeOutboxEntries } from "../db/outbox";
import { failure, filledEmail, MAX_BATCH_SIZE, type Mailer, type OutgoingEmail, type SendOutcome } from "./types";

// Each stored message gets its own key (a batch's key plus its index) so that the NOT EXISTS
// guard in one atomic D1 batch decides per message.
async function storeMessages(db: D1Database, messages: OutgoingEmail[], keys: (string | null)[]): Promise<SendOutcome> {
  const entries = messages.map((message, index) => ({
    message: filledEmail(message),
    providerMessageId: `outbox_${randomToken(12)}`,
    idempotencyKey: keys[index] ?? null,
  }));
  await storeOutboxEntries(db, entries, new Date().toISOString());
  if (keys.every((key) => key === null)) return { ok: true, ids: entries.map((entry) => entry.providerMessageId), rejected: [], rateLimit: {} };
  const stored = await findOutboxIds(db, keys.filter((item) => item !== null));
  const ids = stored.filter((id) => id !== undefined);
  if (ids.length !== messages.length) return failure("temporary", "the outbox lost a message it just stored", null);
  return { ok: true, ids, rejected: [], rateLimit: {} };
}

/** A mailer that writes every message to the D1 outbox. */
export function createOutboxMailer(db: D1Database): Mailer {
  return {
    transport: "outbox",
    send: (message, options) => storeMessages(db, [message], [options?.idempotencyKey ?? null]),
    async sendBatch(messages, options) {
      if (messages.length > MAX_BATCH_SIZE) {
        return failure("invalid", `a batch holds at most ${MAX_BATCH_SIZE} emails, got ${messages.length}`, null);
      }
      return storeMessages(db, messages, messages.map((_, index) => `${options.idempotencyKey}#${index}`));
    },
  };
}
