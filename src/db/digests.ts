// D1 side of daily and weekly digests. A subscriber is due when active, unpaused, on that
// cadence, and their last digest slot is older than the current one. Due subscribers are
// grouped by the edition their mail last reached: one group, one combined edition.
import type { Digest, SpoilerFreeReview } from "../core/types";
import { runRead, type BatchedRead } from "./batched-read";
import { CHUNK_SIZE } from "./deliveries";

export type DigestCadence = "daily" | "weekly";

// ?1 cadence, ?2 slot start (ISO). COALESCE: a subscriber who never got mail starts at 0.
const DUE = `status = 'active' AND paused = 0 AND cadence = ?1 AND (last_digest_at IS NULL OR last_digest_at < ?2)`;

function dueGroupsStatement(db: D1Database, cadence: DigestCadence, slotStart: Date): D1PreparedStatement {
  return db
    .prepare(`SELECT DISTINCT COALESCE(last_edition_id, 0) AS after FROM subscribers WHERE ${DUE} ORDER BY after`)
    .bind(cadence, slotStart.toISOString());
}

function unpublishedDigestsStatement(db: D1Database): D1PreparedStatement {
  return db.prepare("SELECT id FROM editions WHERE kind IN ('daily', 'weekly') AND published_at IS NULL ORDER BY id");
}

export interface DigestWork {
  /** Digest editions whose chunks were never queued (a crash between creating and queueing). */
  stranded: number[];
  /** Per cadence, where each group of due subscribers left off (their last edition id, 0 for none). */
  due: Record<DigestCadence, number[]>;
}

/**
 * What a cron tick's digest step has to do, read in one round trip: almost every tick finds
 * nothing, and each D1 call costs CPU in the Worker. Sending one cadence's digests changes
 * neither the other cadence's due subscribers nor the stranded editions, so reading all three
 * first is the same as reading each just before it is needed.
 */
export function digestWorkRead(db: D1Database, slots: Record<DigestCadence, Date>): BatchedRead<DigestWork> {
  const column = (result: D1Result | undefined, name: string) => ((result?.results ?? []) as Array<Record<string, number>>).map((row) => row[name] as number);
  return {
    statements: [unpublishedDigestsStatement(db), dueGroupsStatement(db, "daily", slots.daily), dueGroupsStatement(db, "weekly", slots.weekly)],
    read: ([stranded, daily, weekly]) => ({ stranded: column(stranded, "id"), due: { daily: column(daily, "after"), weekly: column(weekly, "after") } }),
  };
}

export function readDigestWork(db: D1Database, slots: Record<DigestCadence, Date>): Promise<DigestWork> {
  return runRead(db, digestWorkRead(db, slots));
}

export interface SourceEdition {
  id: number;
  reviews: SpoilerFreeReview[];
}

/** The instant editions after `afterId`, oldest first, with the reviews each carried. */
export async function listInstantEditionsAfter(db: D1Database, afterId: number): Promise<SourceEdition[]> {
  const { results } = await db
    .prepare("SELECT id, reviews_json FROM editions WHERE kind = 'instant' AND id > ?1 ORDER BY id")
    .bind(afterId)
    .all<{ id: number; reviews_json: string }>();
  return results.map((row) => ({ id: row.id, reviews: JSON.parse(row.reviews_json) as SpoilerFreeReview[] }));
}

/** Closes the slot for a group with nothing new, so a review later in the day waits for the next slot. */
export async function closeDigestSlot(db: D1Database, cadence: DigestCadence, slotStart: Date, afterId: number): Promise<void> {
  await db
    .prepare(`UPDATE subscribers SET last_digest_at = ?2 WHERE ${DUE} AND COALESCE(last_edition_id, 0) = ?3`)
    .bind(cadence, slotStart.toISOString(), afterId)
    .run();
}

export interface DigestEditionInput {
  cadence: DigestCadence;
  slotStart: Date;
  /** The group's starting point, and the newest instant edition the digest covers. */
  afterId: number;
  upToId: number;
  digest: Digest;
  reviews: SpoilerFreeReview[];
  now: Date;
}

/**
 * Creates the group's digest edition, its deliveries in chunks of CHUNK_SIZE, and closes the
 * slot for its members, in one D1 batch (a transaction). Returns the edition id, or undefined
 * when an instant edition newer than `upToId` appeared meanwhile (the next tick includes it).
 * Idempotent: the digest key makes an overlapping tick find the same edition and add nothing.
 */
export async function createDigestEdition(db: D1Database, input: DigestEditionInput): Promise<number | undefined> {
  const slot = input.slotStart.toISOString();
  const key = `${input.cadence}:${slot}:after-${input.afterId}`;
  const at = input.now.toISOString();
  const { digest } = input;
  const edition = "(SELECT id FROM editions WHERE digest_key = ?3)";
  const results = await db.batch<{ id: number }>([
    db
      .prepare(
        `INSERT INTO editions (kind, subject, preheader, html, text, reviews_json, created_at, digest_key)
         SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8
         WHERE NOT EXISTS (SELECT 1 FROM editions WHERE kind = 'instant' AND id > ?9)
         ON CONFLICT (digest_key) DO NOTHING`,
      )
      .bind(input.cadence, digest.subject, digest.preheader, digest.html, digest.text, JSON.stringify(input.reviews), at, key, input.upToId),
    db
      .prepare(
        `INSERT INTO deliveries (edition_id, subscriber_id, status, attempts, updated_at, chunk)
         SELECT ${edition}, id, 'queued', 0, ?5, (ROW_NUMBER() OVER (ORDER BY id) - 1) / ?6
         FROM subscribers
         WHERE ${DUE} AND COALESCE(last_edition_id, 0) = ?4
           AND ${edition} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM deliveries WHERE edition_id = ${edition})`,
      )
      .bind(input.cadence, slot, key, input.afterId, at, CHUNK_SIZE),
    db
      .prepare(
        `UPDATE subscribers SET last_digest_at = ?2, last_edition_id = ?4
         WHERE ${DUE} AND id IN (SELECT subscriber_id FROM deliveries WHERE edition_id = ${edition})`,
      )
      .bind(input.cadence, slot, key, input.upToId),
    db.prepare("SELECT id FROM editions WHERE digest_key = ?1").bind(key),
  ]);
  return results[3]?.results[0]?.id;
}

