// Read-only queries behind the operator console's pages (the writes belong to the pipeline).

export interface FeedStatus {
  url: string;
  title: string | null;
  lastPolledAt: string | null;
  lastStatus: string | null;
  lastError: string | null;
}

export interface EditionSummary {
  id: number;
  kind: string;
  subject: string;
  createdAt: string;
  queued: number;
  sent: number;
  delivered: number;
  failed: number;
  bounced: number;
}

export interface DeadLetter {
  id: number;
  queue: string;
  body: string;
  error: string | null;
  createdAt: string;
}

export async function listFeedStatuses(db: D1Database): Promise<FeedStatus[]> {
  const { results } = await db
    .prepare("SELECT url, title, last_polled_at, last_status, last_error FROM feeds ORDER BY id")
    .all<{ url: string; title: string | null; last_polled_at: string | null; last_status: string | null; last_error: string | null }>();
  return results.map((row) => ({
    url: row.url,
    title: row.title,
    lastPolledAt: row.last_polled_at,
    lastStatus: row.last_status,
    lastError: row.last_error,
  }));
}

/** Subscriber counts keyed by status ("active" → 12). */
export async function countSubscribersByStatus(db: D1Database): Promise<Record<string, number>> {
  const { results } = await db
    .prepare("SELECT status, COUNT(*) AS total FROM subscribers GROUP BY status")
    .all<{ status: string; total: number }>();
  return Object.fromEntries(results.map((row) => [row.status, row.total]));
}

// Bounced counts complaints too: both end a subscriber's mail for the same reason.
const EDITION_SUMMARY_SQL = `
SELECT e.id, e.kind, e.subject, e.created_at,
  COALESCE(SUM(d.status = 'queued'), 0) AS queued,
  COALESCE(SUM(d.status IN ('sent', 'delayed')), 0) AS sent,
  COALESCE(SUM(d.status = 'delivered'), 0) AS delivered,
  COALESCE(SUM(d.status = 'failed'), 0) AS failed,
  COALESCE(SUM(d.status IN ('bounced', 'complained')), 0) AS bounced
FROM editions e LEFT JOIN deliveries d ON d.edition_id = e.id`;

type EditionSummaryRow = { id: number; kind: string; subject: string; created_at: string } & Record<
  "queued" | "sent" | "delivered" | "failed" | "bounced",
  number
>;

function toEditionSummary(row: EditionSummaryRow): EditionSummary {
  const { created_at: createdAt, ...rest } = row;
  return { ...rest, createdAt };
}

/** The newest editions first, with their delivery counts. */
export async function listEditionSummaries(db: D1Database, limit: number, offset = 0): Promise<EditionSummary[]> {
  const { results } = await db
    .prepare(`${EDITION_SUMMARY_SQL} GROUP BY e.id ORDER BY e.id DESC LIMIT ?1 OFFSET ?2`)
    .bind(limit, offset)
    .all<EditionSummaryRow>();
  return results.map(toEditionSummary);
}

export async function findEditionSummary(db: D1Database, id: number): Promise<EditionSummary | undefined> {
  const row = await db.prepare(`${EDITION_SUMMARY_SQL} WHERE e.id = ?1 GROUP BY e.id`).bind(id).first<EditionSummaryRow>();
  return row ? toEditionSummary(row) : undefined;
}

export async function listDeadLetters(db: D1Database, limit: number): Promise<DeadLetter[]> {
  const { results } = await db
    .prepare("SELECT id, queue, body_json, error, created_at FROM dead_letters ORDER BY id DESC LIMIT ?1")
    .bind(limit)
    .all<{ id: number; queue: string; body_json: string; error: string | null; created_at: string }>();
  return results.map((row) => ({ id: row.id, queue: row.queue, body: row.body_json, error: row.error, createdAt: row.created_at }));
}
