// Read-only queries for the console's edition and outbox pages.

export interface EditionContent {
  id: number;
  kind: string;
  subject: string;
  html: string;
  text: string;
  reviewsJson: string;
  createdAt: string;
}

export interface DeliveryStatus {
  email: string;
  status: string;
  attempts: number;
  lastError: string | null;
  updatedAt: string;
}

export interface OutboxMessage {
  id: number;
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  headersJson: string;
  createdAt: string;
}

export async function findEditionContent(db: D1Database, id: number): Promise<EditionContent | undefined> {
  const row = await db
    .prepare("SELECT id, kind, subject, html, text, reviews_json, created_at FROM editions WHERE id = ?1")
    .bind(id)
    .first<{ id: number; kind: string; subject: string; html: string; text: string; reviews_json: string; created_at: string }>();
  if (!row) return undefined;
  const { reviews_json: reviewsJson, created_at: createdAt, ...rest } = row;
  return { ...rest, reviewsJson, createdAt };
}

/** Per-subscriber delivery status of one edition, problems first. */
export async function listEditionDeliveries(db: D1Database, editionId: number, limit: number): Promise<DeliveryStatus[]> {
  const { results } = await db
    .prepare(
      `SELECT s.email, d.status, d.attempts, d.last_error, d.updated_at
       FROM deliveries d JOIN subscribers s ON s.id = d.subscriber_id
       WHERE d.edition_id = ?1
       ORDER BY (d.status IN ('failed', 'bounced', 'complained')) DESC, s.email
       LIMIT ?2`,
    )
    .bind(editionId, limit)
    .all<{ email: string; status: string; attempts: number; last_error: string | null; updated_at: string }>();
  return results.map((row) => ({
    email: row.email,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    updatedAt: row.updated_at,
  }));
}

/** The local outbox, newest first. */
export async function listOutboxMessages(db: D1Database, limit: number): Promise<OutboxMessage[]> {
  const { results } = await db
    .prepare(
      "SELECT id, from_address, to_address, subject, html, text, headers_json, created_at FROM outbox ORDER BY id DESC LIMIT ?1",
    )
    .bind(limit)
    .all<{ id: number; from_address: string; to_address: string; subject: string; html: string; text: string; headers_json: string; created_at: string }>();
  return results.map((row) => ({
    id: row.id,
    from: row.from_address,
    to: row.to_address,
    subject: row.subject,
    html: row.html,
    text: row.text,
    headersJson: row.headers_json,
    createdAt: row.created_at,
  }));
}
