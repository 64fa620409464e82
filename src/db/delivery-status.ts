// Where each edition's deliveries stand, for the console and GET /admin/status, and the
// operator's levers: retry the failed rows, resend or accept the 'unknown' ones.
import type { ChunkRef } from "./delivery-chunks";

export interface EditionDeliveryStatus {
  editionId: number;
  subject: string;
  /** Accepted by Resend (sent, delivered, delayed, and later bounced or complained). */
  delivered: number;
  /** Queued or handed to Resend, nothing to wait for. */
  sending: number;
  /** Waiting on Resend's rate limit. */
  waitingRateLimit: number;
  /** Paused until the daily or monthly quota resets. */
  waitingQuota: number;
  /** Parked after their failure budget; the sweeper tries them again. */
  waitingRetry: number;
  /** Outcome unknown when Resend's 24-hour idempotency window closed: the operator decides. */
  unknown: number;
  failed: number;
  skipped: number;
  /** When the quota pause ends (the next try), if paused. */
  quotaUntil: string | null;
}

type Row = {
  edition_id: number;
  subject: string;
  quota_until: string | null;
} & Record<"delivered" | "sending" | "waiting_rate_limit" | "waiting_quota" | "waiting_retry" | "unknown" | "failed" | "skipped", number>;

const SUMMARY_SQL = `
SELECT e.id AS edition_id, e.subject,
  COALESCE(SUM(d.status IN ('sent', 'delivered', 'delayed', 'bounced', 'complained')), 0) AS delivered,
  COALESCE(SUM(d.status IN ('queued', 'sending') AND c.waiting IS NULL), 0) AS sending,
  COALESCE(SUM(d.status IN ('queued', 'sending') AND c.waiting = 'rate_limit'), 0) AS waiting_rate_limit,
  COALESCE(SUM(d.status IN ('queued', 'sending') AND c.waiting = 'quota'), 0) AS waiting_quota,
  COALESCE(SUM(d.status IN ('queued', 'sending') AND c.waiting = 'retry'), 0) AS waiting_retry,
  COALESCE(SUM(d.status = 'unknown'), 0) AS unknown,
  COALESCE(SUM(d.status = 'failed'), 0) AS failed,
  COALESCE(SUM(d.status = 'skipped'), 0) AS skipped,
  MAX(CASE WHEN c.waiting = 'quota' AND d.status IN ('queued', 'sending') THEN c.wait_until END) AS quota_until
FROM editions e
LEFT JOIN deliveries d ON d.edition_id = e.id
LEFT JOIN delivery_chunks c ON c.edition_id = d.edition_id AND c.chunk = d.chunk`;

function toStatus(row: Row): EditionDeliveryStatus {
  return {
    editionId: row.edition_id,
    subject: row.subject,
    delivered: row.delivered,
    sending: row.sending,
    waitingRateLimit: row.waiting_rate_limit,
    waitingQuota: row.waiting_quota,
    waitingRetry: row.waiting_retry,
    unknown: row.unknown,
    failed: row.failed,
    skipped: row.skipped,
    quotaUntil: row.quota_until,
  };
}

/** The newest editions' delivery status, newest first. */
export async function listEditionDeliveryStatus(db: D1Database, limit: number): Promise<EditionDeliveryStatus[]> {
  const { results } = await db
    .prepare(`${SUMMARY_SQL} WHERE e.id IN (SELECT id FROM editions ORDER BY id DESC LIMIT ?1) GROUP BY e.id ORDER BY e.id DESC`)
    .bind(limit)
    .all<Row>();
  return results.map(toStatus);
}

export async function findEditionDeliveryStatus(db: D1Database, editionId: number): Promise<EditionDeliveryStatus | undefined> {
  const row = await db.prepare(`${SUMMARY_SQL} WHERE e.id = ?1 GROUP BY e.id`).bind(editionId).first<Row>();
  return row ? toStatus(row) : undefined;
}

/**
 * Puts the edition's rows in `from` ('failed' or 'unknown') back to 'queued' under a new round
 * of their chunk, so the next send uses a new Idempotency-Key (the old one may be bound to
 * another payload). Idempotent: a second call finds no such rows. Returns the chunks to queue.
 */
export async function requeueRows(
  db: D1Database,
  editionId: number,
  from: "failed" | "unknown",
  now: Date,
  leaseUntil: Date,
): Promise<{ rows: number; chunks: ChunkRef[] }> {
  const at = now.toISOString();
  const [bumped, moved] = await db.batch<{ chunk: number }>([
    db
      .prepare(
        `INSERT INTO delivery_chunks (edition_id, chunk, round, lease_until, updated_at)
         SELECT DISTINCT edition_id, chunk, 1, ?3, ?4 FROM deliveries WHERE edition_id = ?1 AND status = ?2 AND chunk IS NOT NULL
         ON CONFLICT (edition_id, chunk) DO UPDATE SET round = delivery_chunks.round + 1, failures = 0, first_call_at = NULL,
           uncertain = 0, waiting = NULL, wait_until = NULL, last_error = NULL, lease_until = excluded.lease_until,
           updated_at = excluded.updated_at
         RETURNING chunk`,
      )
      .bind(editionId, from, leaseUntil.toISOString(), at),
    db
      .prepare("UPDATE deliveries SET status = 'queued', last_error = NULL, updated_at = ?3 WHERE edition_id = ?1 AND status = ?2 RETURNING chunk")
      .bind(editionId, from, at),
  ]);
  return { rows: moved?.results.length ?? 0, chunks: (bumped?.results ?? []).map((row) => ({ editionId, chunk: row.chunk })) };
}

/** The operator knows these were sent (Resend's log shows them): 'unknown' rows become 'sent'. */
export async function markUnknownSent(db: D1Database, editionId: number, now: Date): Promise<number> {
  const [updated] = await db.batch([
    db
      .prepare(
        `UPDATE deliveries SET status = 'sent', last_error = 'marked as sent by the operator', updated_at = ?2
         WHERE edition_id = ?1 AND status = 'unknown' RETURNING subscriber_id`,
      )
      .bind(editionId, now.toISOString()),
    db
      .prepare(
        `UPDATE subscribers SET last_edition_id = ?1
         WHERE id IN (SELECT subscriber_id FROM deliveries WHERE edition_id = ?1 AND last_error = 'marked as sent by the operator')
           AND (last_edition_id IS NULL OR last_edition_id < ?1)`,
      )
      .bind(editionId),
  ]);
  return updated?.results.length ?? 0;
}
