// Read-only queries behind the operator console's pages (the writes belong to the pipeline).

export interface EditionSummary {
  id: number;
  kind: string;
  subject: string;
  createdAt: string;
  queued: number;
  sent: number;
  delivered: number;
  failed: number;
  /** Outcome unknown when Resend's 24-hour key window closed: the operator decides (edition page). */
  unknown: number;
  bounced: number;
}

// Bounced counts complaints too: both end a subscriber's mail for the same reason.
const EDITION_SUMMARY_SQL = `
SELECT e.id, e.kind, e.subject, e.created_at,
  COALESCE(SUM(d.status IN ('queued', 'sending')), 0) AS queued,
  COALESCE(SUM(d.status IN ('sent', 'delayed')), 0) AS sent,
  COALESCE(SUM(d.status = 'delivered'), 0) AS delivered,
  COALESCE(SUM(d.status = 'failed'), 0) AS failed,
  COALESCE(SUM(d.status = 'unknown'), 0) AS unknown,
  COALESCE(SUM(d.status IN ('bounced', 'complained')), 0) AS bounced
FROM editions e LEFT JOIN deliveries d ON d.edition_id = e.id`;

type EditionSummaryRow = { id: number; kind: string; subject: string; created_at: string } & Record<
  "queued" | "sent" | "delivered" | "failed" | "unknown" | "bounced",
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

export interface SubscriberSearch {
  /** Part of an address or name, matched case-insensitively. */
  text?: string | undefined;
  status?: string | undefined;
  after: number;
  limit: number;
}

export interface SubscriberListing {
  id: number;
  email: string;
  name: string | null;
  status: string;
  cadence: string;
  paused: boolean;
  createdAt: string;
}

/** Subscribers matching a search, by id (keyset: pass the last id as `after` for the next page). */
export async function searchSubscribers(db: D1Database, search: SubscriberSearch): Promise<SubscriberListing[]> {
  // "%" and "_" are legal in addresses: escape them so a search for "a_b" means that text.
  const pattern = search.text ? `%${search.text.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%` : null;
  const { results } = await db
    .prepare(
      `SELECT id, email, name, status, cadence, paused, created_at FROM subscribers
       WHERE id > ?1 AND (?2 IS NULL OR status = ?2)
         AND (?3 IS NULL OR email LIKE ?3 ESCAPE '\\' OR lower(coalesce(name, '')) LIKE ?3 ESCAPE '\\')
       ORDER BY id LIMIT ?4`,
    )
    .bind(search.after, search.status ?? null, pattern, search.limit)
    .all<{ id: number; email: string; name: string | null; status: string; cadence: string; paused: number; created_at: string }>();
  return results.map((row) => ({
    id: row.id,
    email: row.email,
    name: row.name,
    status: row.status,
    cadence: row.cadence,
    paused: row.paused === 1,
    createdAt: row.created_at,
  }));
}

export interface DeliveryStatus {
  email: string;
  status: string;
  attempts: number;
  lastError: string | null;
  updatedAt: string;
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
