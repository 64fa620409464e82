// Deliveries of an edition to Discord, Slack and the JSON webhook: one row per edition × channel.
import type { ChannelName } from "../core/channels/types";

export type ChannelStatus = "queued" | "sending" | "sent" | "failed";

export interface ChannelDelivery {
  editionId: number;
  channel: ChannelName;
  status: ChannelStatus;
  attempts: number;
  lastError: string | null;
  payloadJson: string | null;
  updatedAt: string;
}

interface ChannelDeliveryRow {
  edition_id: number;
  channel: ChannelName;
  status: ChannelStatus;
  attempts: number;
  last_error: string | null;
  payload_json: string | null;
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

export async function listChannelDeliveries(db: D1Database, editionId: number): Promise<ChannelDelivery[]> {
  const { results } = await db
    .prepare("SELECT * FROM channel_deliveries WHERE edition_id = ?1 ORDER BY channel")
    .bind(editionId)
    .all<ChannelDeliveryRow>();
  return results.map(toDelivery);
}
