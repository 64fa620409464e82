// Deliveries of an edition, grouped into chunks of at most 100 subscribers (one Resend batch).
// A row goes queued → sending → sent (or skipped / failed / unknown); webhooks move sent rows
// further. The chunk's own state (lease, waits, failures) is in delivery-chunks.ts.

/** Resend's batch endpoint takes at most 100 emails. */
export const CHUNK_SIZE = 100;

/**
 * Fans an edition out to every active, unpaused, instant subscriber, numbering chunks of
 * CHUNK_SIZE by subscriber id. One statement, so it is atomic; it does nothing if the edition
 * already has deliveries, so chunk membership is fixed once and never reshuffled. (D1 binds JS
 * numbers as REAL, hence the CAST for whole chunk numbers.)
 */
export async function assignDeliveryChunks(db: D1Database, editionId: number, now: Date): Promise<void> {
  await assignChunksStatement(db, editionId, now).run();
}

function assignChunksStatement(db: D1Database, editionId: number, now: Date): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO deliveries (edition_id, subscriber_id, status, attempts, updated_at, chunk)
       SELECT ?1, id, 'queued', 0, ?2, CAST((ROW_NUMBER() OVER (ORDER BY id) - 1) / ?3 AS INTEGER)
       FROM subscribers
       WHERE status = 'active' AND paused = 0 AND cadence = 'instant'
         AND NOT EXISTS (SELECT 1 FROM deliveries WHERE edition_id = ?1)`,
    )
    .bind(editionId, now.toISOString(), CHUNK_SIZE);
}

function openChunksStatement(db: D1Database, editionId: number): D1PreparedStatement {
  return db
    .prepare("SELECT DISTINCT chunk FROM deliveries WHERE edition_id = ?1 AND status IN ('queued', 'sending') ORDER BY chunk")
    .bind(editionId);
}

/** Chunks of the edition that still have something to send. */
export async function listOpenChunks(db: D1Database, editionId: number): Promise<number[]> {
  const { results } = await openChunksStatement(db, editionId).all<{ chunk: number }>();
  return results.map((row) => row.chunk);
}

/** assignDeliveryChunks, then listOpenChunks, in one round trip (publishing does both). */
export async function assignOpenChunks(db: D1Database, editionId: number, now: Date): Promise<number[]> {
  const [, open] = await db.batch<{ chunk: number }>([assignChunksStatement(db, editionId, now), openChunksStatement(db, editionId)]);
  return (open?.results ?? []).map((row) => row.chunk);
}

export interface ChunkMember {
  subscriberId: number;
  email: string;
  name: string | null;
  deliveryStatus: string;
  subscriberStatus: string;
  paused: boolean;
  /** Signed into the subscriber's links (src/mail/links.ts). */
  linkKey: string;
}

interface ChunkMemberRow {
  subscriber_id: number;
  email: string;
  name: string | null;
  delivery_status: string;
  subscriber_status: string;
  paused: number;
  link_key: string;
}

/** Every member of a chunk, in subscriber order. */
export async function listChunkMembers(db: D1Database, editionId: number, chunk: number): Promise<ChunkMember[]> {
  const { results } = await db
    .prepare(
      `SELECT d.subscriber_id, s.email, s.name, d.status AS delivery_status, s.status AS subscriber_status, s.paused, s.link_key
       FROM deliveries d JOIN subscribers s ON s.id = d.subscriber_id
       WHERE d.edition_id = ?1 AND d.chunk = ?2 ORDER BY d.subscriber_id`,
    )
    .bind(editionId, chunk)
    .all<ChunkMemberRow>();
  return results.map((row) => ({
    subscriberId: row.subscriber_id,
    email: row.email,
    name: row.name,
    deliveryStatus: row.delivery_status,
    subscriberStatus: row.subscriber_status,
    paused: row.paused === 1,
    linkKey: row.link_key,
  }));
}

/**
 * Before a chunk's first send: members who stopped being active are skipped, the rest become
 * 'sending'. From then on the 'sending' set is the chunk's fixed recipient list.
 */
export async function markChunkSending(
  db: D1Database,
  editionId: number,
  chunk: number,
  skipIds: number[],
  now: Date,
  extra: D1PreparedStatement[] = [],
): Promise<void> {
  const at = now.toISOString();
  await db.batch([
    db
      .prepare(
        `UPDATE deliveries SET status = 'skipped', updated_at = ?4
         WHERE edition_id = ?1 AND chunk = ?2 AND status = 'queued' AND subscriber_id IN (SELECT value FROM json_each(?3))`,
      )
      .bind(editionId, chunk, JSON.stringify(skipIds), at),
    db
      .prepare("UPDATE deliveries SET status = 'sending', updated_at = ?3 WHERE edition_id = ?1 AND chunk = ?2 AND status = 'queued'")
      .bind(editionId, chunk, at),
    ...extra,
  ]);
}

/** Counts one more attempt at the chunk's 'sending' rows, keeping the last error if any. */
export async function recordChunkAttempt(db: D1Database, editionId: number, chunk: number, error: string | null, now: Date): Promise<void> {
  await db
    .prepare(
      `UPDATE deliveries SET attempts = attempts + 1, last_error = ?3, updated_at = ?4
       WHERE edition_id = ?1 AND chunk = ?2 AND status = 'sending'`,
    )
    .bind(editionId, chunk, error, now.toISOString())
    .run();
}

/**
 * Records a batch's answer: the provider's id for each accepted recipient, the reason for each
 * one Resend refused, and moves each recipient's last edition forward so a later switch to a
 * digest starts after it. One D1 batch, so the chunk is recorded whole or not at all.
 */
export async function recordChunkSent(
  db: D1Database,
  editionId: number,
  sent: { subscriberId: number; providerMessageId: string }[],
  refused: { subscriberId: number; error: string }[],
  now: Date,
  extra: D1PreparedStatement[] = [],
): Promise<void> {
  const pairs = JSON.stringify(sent.map((item) => [item.subscriberId, item.providerMessageId]));
  const at = now.toISOString();
  await db.batch([
    db
      .prepare(
        `UPDATE deliveries SET status = 'sent', provider_message_id = pair.value ->> '$[1]', attempts = attempts + 1,
           last_error = NULL, updated_at = ?3
         FROM (SELECT value FROM json_each(?2)) AS pair
         WHERE deliveries.edition_id = ?1 AND deliveries.subscriber_id = pair.value ->> '$[0]' AND deliveries.status = 'sending'`,
      )
      .bind(editionId, pairs, at),
    db
      .prepare(
        `UPDATE deliveries SET status = 'failed', last_error = pair.value ->> '$[1]', attempts = attempts + 1, updated_at = ?3
         FROM (SELECT value FROM json_each(?2)) AS pair
         WHERE deliveries.edition_id = ?1 AND deliveries.subscriber_id = pair.value ->> '$[0]' AND deliveries.status = 'sending'`,
      )
      .bind(editionId, JSON.stringify(refused.map((item) => [item.subscriberId, item.error])), at),
    db
      .prepare(
        `UPDATE subscribers SET last_edition_id = ?1
         WHERE id IN (SELECT value ->> '$[0]' FROM json_each(?2)) AND (last_edition_id IS NULL OR last_edition_id < ?1)`,
      )
      .bind(editionId, pairs),
    ...extra,
  ]);
}

/** A final failure: the chunk's unsent rows become 'failed' with the reason. */
export async function recordChunkFailed(db: D1Database, editionId: number, chunk: number, error: string, now: Date): Promise<void> {
  await db
    .prepare(
      `UPDATE deliveries SET status = 'failed', attempts = attempts + 1, last_error = ?3, updated_at = ?4
       WHERE edition_id = ?1 AND chunk = ?2 AND status IN ('queued', 'sending')`,
    )
    .bind(editionId, chunk, error, now.toISOString())
    .run();
}

/**
 * Resend forgets the chunk's Idempotency-Key after 24 hours, and a call under it may have sent:
 * its unsent rows become 'unknown' for the operator instead of being sent blindly again.
 */
export async function recordChunkUnknown(db: D1Database, editionId: number, chunk: number, error: string, now: Date): Promise<void> {
  await db
    .prepare(
      `UPDATE deliveries SET status = 'unknown', last_error = ?3, updated_at = ?4
       WHERE edition_id = ?1 AND chunk = ?2 AND status IN ('queued', 'sending')`,
    )
    .bind(editionId, chunk, error, now.toISOString())
    .run();
}

/** Delivery counts by status, for the admin status. */
export async function countDeliveriesByStatus(db: D1Database): Promise<Record<string, number>> {
  const { results } = await db.prepare("SELECT status, COUNT(*) AS count FROM deliveries GROUP BY status").all<{ status: string; count: number }>();
  return Object.fromEntries(results.map((row) => [row.status, row.count]));
}
