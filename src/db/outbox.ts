// The local outbox: mail kept in D1 when no RESEND_API_KEY is set (GET /admin/outbox).
import type { OutgoingEmail } from "../mail/types";

export interface OutboxMessage {
  id: number;
  providerMessageId: string;
  idempotencyKey: string | null;
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
  createdAt: string;
}

interface OutboxRow {
  id: number;
  idempotency_key: string | null;
  provider_message_id: string;
  from_address: string;
  to_address: string;
  subject: string;
  html: string;
  text: string;
  headers_json: string;
  created_at: string;
}

function toOutboxMessage(row: OutboxRow): OutboxMessage {
  return {
    id: row.id,
    providerMessageId: row.provider_message_id,
    idempotencyKey: row.idempotency_key,
    from: row.from_address,
    to: row.to_address,
    subject: row.subject,
    html: row.html,
    text: row.text,
    headers: JSON.parse(row.headers_json) as Record<string, string>,
    createdAt: row.created_at,
  };
}

export interface OutboxEntry {
  message: OutgoingEmail;
  providerMessageId: string;
  /** Unique per message; an entry whose key is already stored is not stored again. */
  idempotencyKey: string | null;
}

/** Stores the entries in one atomic D1 batch; keyed entries already present are skipped. */
export async function storeOutboxEntries(db: D1Database, entries: OutboxEntry[], now: string): Promise<void> {
  const statements = entries.map(({ message, providerMessageId, idempotencyKey }) => {
    const headers = { ...(message.headers ?? {}), ...(message.replyTo ? { "Reply-To": message.replyTo } : {}) };
    return db
      .prepare(
        `INSERT INTO outbox (idempotency_key, provider_message_id, from_address, to_address, subject, html, text, headers_json, created_at)
         SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9
         WHERE ?1 IS NULL OR NOT EXISTS (SELECT 1 FROM outbox WHERE idempotency_key = ?1)`,
      )
      .bind(idempotencyKey, providerMessageId, message.from, message.to, message.subject, message.html, message.text, JSON.stringify(headers), now);
  });
  if (statements.length) await db.batch(statements);
}

/** Provider ids already stored under these keys, in key order (undefined where missing). */
export async function findOutboxIds(db: D1Database, keys: string[]): Promise<(string | undefined)[]> {
  if (keys.length === 0) return [];
  const { results } = await db
    .prepare("SELECT idempotency_key, provider_message_id FROM outbox WHERE idempotency_key IN (SELECT value FROM json_each(?1))")
    .bind(JSON.stringify(keys))
    .all<{ idempotency_key: string; provider_message_id: string }>();
  const byKey = new Map(results.map((row) => [row.idempotency_key, row.provider_message_id]));
  return keys.map((key) => byKey.get(key));
}

/** The newest messages first. */
export async function listOutbox(db: D1Database, limit = 100, offset = 0): Promise<OutboxMessage[]> {
  const { results } = await db
    .prepare("SELECT * FROM outbox ORDER BY id DESC LIMIT ?1 OFFSET ?2")
    .bind(limit, offset)
    .all<OutboxRow>();
  return results.map(toOutboxMessage);
}
