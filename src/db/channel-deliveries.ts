// Deliveries of an edition to each channel (Discord, Slack, the JSON webhook, Telegram, Mastodon,
// Bluesky): one row per edition × channel.
import type { ChannelName } from "../core/channels/types";

export type ChannelStatus = "queued" | "sending" | "sent" | "failed";

export interface ChannelDelivery {
  editionId: number;
  channel: ChannelName;
  status: ChannelStatus;
  attempts: number;
  lastError: string | null;
  payloadJson: string | null;
  /** Posting channels: how many of the payload's posts the platform confirmed. */
  postsDone: number;
  updatedAt: string;
}

interface ChannelDeliveryRow {
  edition_id: number;
  channel: ChannelName;
  status: ChannelStatus;
  attempts: number;
  last_error: string | null;
  payload_json: string | null;
  posts_done: number | null;
  updated_at: string;
}

function toDelivery(row: ChannelDeliveryRow): ChannelDelivery {
  return {
    editionId: row.edition_id,
    channel: row.channel,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    payloadJson: row.payload_json,
    postsDone: row.posts_done ?? 0,
    updatedAt: row.updated_at,
  };
}

/** Creates the row for a new delivery; false if the edition already has one for that channel. */
export async function insertChannelDelivery(
  db: D1Database,
  editionId: number,
  channel: ChannelName,
  payloadJson: string,
  now: Date,
): Promise<boolean> {
  const result = await db
    .prepare(
      `INSERT INTO channel_deliveries (edition_id, channel, status, attempts, payload_json, created_at, updated_at)
       VALUES (?1, ?2, 'queued', 0, ?3, ?4, ?4) ON CONFLICT (edition_id, channel) DO NOTHING`,
    )
    .bind(editionId, channel, payloadJson, now.toISOString())
    .run();
  return result.meta.changes === 1;
}

export async function readChannelDelivery(db: D1Database, editionId: number, channel: ChannelName): Promise<ChannelDelivery | undefined> {
  const row = await db
    .prepare("SELECT * FROM channel_deliveries WHERE edition_id = ?1 AND channel = ?2")
    .bind(editionId, channel)
    .first<ChannelDeliveryRow>();
  return row ? toDelivery(row) : undefined;
}

/**
 * Claims a delivery for one attempt and counts it, before the request goes out. Queue
 * messages can arrive twice at once: only one claim wins. A "sending" claim older than
 * `staleBefore` belongs to a run that crashed, and may be taken over.
 */
export async function claimChannelDelivery(
  db: D1Database,
  editionId: number,
  channel: ChannelName,
  now: Date,
  staleBefore: Date,
): Promise<boolean> {
  const result = await db
    .prepare(
      `UPDATE channel_deliveries SET status = 'sending', attempts = attempts + 1, updated_at = ?3
       WHERE edition_id = ?1 AND channel = ?2 AND (status = 'queued' OR (status = 'sending' AND updated_at < ?4))`,
    )
    .bind(editionId, channel, now.toISOString(), staleBefore.toISOString())
    .run();
  return result.meta.changes === 1;
}

/** Records the answer: sent, failed for good, or queued again (with the error) for a retry. */
export async function recordChannelResult(
  db: D1Database,
  editionId: number,
  channel: ChannelName,
  status: Exclude<ChannelStatus, "sending">,
  error: string | null,
  now: Date,
): Promise<void> {
  await db
    .prepare("UPDATE channel_deliveries SET status = ?3, last_error = ?4, updated_at = ?5 WHERE edition_id = ?1 AND channel = ?2")
    .bind(editionId, channel, status, error, now.toISOString())
    .run();
}

/** A channel message the queue gave up on: its row fails (with the reason) unless it was already sent. */
export async function failUnsentChannelDelivery(db: D1Database, editionId: number, channel: ChannelName, reason: string, now: Date): Promise<void> {
  await db
    .prepare("UPDATE channel_deliveries SET status = 'failed', last_error = ?3, updated_at = ?4 WHERE edition_id = ?1 AND channel = ?2 AND status <> 'sent'")
    .bind(editionId, channel, reason, now.toISOString())
    .run();
}

export async function listChannelDeliveries(db: D1Database, editionId: number): Promise<ChannelDelivery[]> {
  const { results } = await db
    .prepare("SELECT * FROM channel_deliveries WHERE edition_id = ?1 ORDER BY channel")
    .bind(editionId)
    .all<ChannelDeliveryRow>();
  return results.map(toDelivery);
}

/** Records that the first `postsDone` posts of a delivery are confirmed by the platform. */
export async function recordPostsDone(db: D1Database, editionId: number, channel: ChannelName, postsDone: number, now: Date): Promise<void> {
  await db
    .prepare("UPDATE channel_deliveries SET posts_done = ?3, updated_at = ?4 WHERE edition_id = ?1 AND channel = ?2")
    .bind(editionId, channel, postsDone, now.toISOString())
    .run();
}

/** One channel across every edition: deliveries per status, and the latest error. */
export interface ChannelSummary {
  channel: ChannelName;
  counts: Record<ChannelStatus, number>;
  lastUpdatedAt: string | null;
  lastError: string | null;
}

/** A summary per channel that ever had a delivery, for /admin/status and the console. */
export async function summarizeChannelDeliveries(db: D1Database): Promise<ChannelSummary[]> {
  const [counts, errors] = await db.batch<{ channel: ChannelName; status: ChannelStatus; count: number; updated_at: string; last_error: string | null }>([
    db.prepare("SELECT channel, status, COUNT(*) AS count, MAX(updated_at) AS updated_at FROM channel_deliveries GROUP BY channel, status"),
    db.prepare(
      `SELECT channel, last_error, MAX(updated_at) AS updated_at FROM channel_deliveries
       WHERE last_error IS NOT NULL GROUP BY channel`,
    ),
  ]);
  const summaries = new Map<ChannelName, ChannelSummary>();
  for (const row of counts?.results ?? []) {
    const summary = summaries.get(row.channel) ?? {
      channel: row.channel, counts: { queued: 0, sending: 0, sent: 0, failed: 0 }, lastUpdatedAt: null, lastError: null,
    };
    summary.counts[row.status] = row.count;
    if (!summary.lastUpdatedAt || row.updated_at > summary.lastUpdatedAt) summary.lastUpdatedAt = row.updated_at;
    summaries.set(row.channel, summary);
  }
  for (const row of errors?.results ?? []) {
    const summary = summaries.get(row.channel);
    if (summary) summary.lastError = row.last_error;
  }
  return [...summaries.values()].sort((a, b) => a.channel.localeCompare(b.channel));
}

/**
 * Deliveries still queued or sending that nothing touched since `staleBefore`: their queue
 * message was lost (the queue send failed after the row was written, or a crash mid-post left
 * it 'sending'). They go back to 'queued' with a fresh timestamp, so the next sweep leaves them
 * alone for a lease, and their keys are returned to be queued again. A statement: it runs in
 * the sweeper's batch (stranded.ts).
 */
export function reclaimStrandedStatement(db: D1Database, staleBefore: Date, now: Date, limit: number): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE channel_deliveries SET status = 'queued', updated_at = ?2
       WHERE rowid IN (SELECT rowid FROM channel_deliveries WHERE status IN ('queued', 'sending') AND updated_at < ?1 LIMIT ?3)
       RETURNING edition_id, channel`,
    )
    .bind(staleBefore.toISOString(), now.toISOString(), limit);
}

export interface ChannelDeliveryKey {
  editionId: number;
  channel: ChannelName;
}

export interface ChannelDeliveryKeyRow {
  edition_id: number;
  channel: ChannelName;
}

export function toChannelDeliveryKey(row: ChannelDeliveryKeyRow): ChannelDeliveryKey {
  return { editionId: row.edition_id, channel: row.channel };
}
