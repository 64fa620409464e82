// The state of each chunk beside its delivery rows (migrations/0006): lease, waits, real
// failures, and the age and certainty of its Idempotency-Key. Rows appear lazily, on the first
// consumer run or sweep that touches a chunk, so every way of creating deliveries is covered.

export type ChunkWait = "rate_limit" | "quota" | "retry";

export interface ChunkState {
  round: number;
  failures: number;
  waits: number;
  firstCallAt: string | null;
  uncertain: boolean;
  waiting: ChunkWait | null;
  waitUntil: string | null;
  leaseUntil: string;
}

interface ChunkRow {
  round: number;
  failures: number;
  waits: number;
  first_call_at: string | null;
  uncertain: number;
  waiting: ChunkWait | null;
  wait_until: string | null;
  lease_until: string;
}

function toChunkState(row: ChunkRow): ChunkState {
  return {
    round: row.round,
    failures: row.failures,
    waits: row.waits,
    firstCallAt: row.first_call_at,
    uncertain: row.uncertain === 1,
    waiting: row.waiting,
    waitUntil: row.wait_until,
    leaseUntil: row.lease_until,
  };
}

export interface ChunkRef {
  editionId: number;
  chunk: number;
}

/**
 * The chunk's state (created with a lease until `leaseUntil` if new), and the latest end of a
 * quota pause on any chunk of its edition: one D1 round trip.
 */
export async function loadChunkState(db: D1Database, ref: ChunkRef, now: Date, leaseUntil: Date): Promise<{ state: ChunkState; quotaUntil: string | null }> {
  const [, selected, quota] = await db.batch<ChunkRow & { until: string | null }>([
    db
      .prepare(
        `INSERT INTO delivery_chunks (edition_id, chunk, lease_until, updated_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (edition_id, chunk) DO NOTHING`,
      )
      .bind(ref.editionId, ref.chunk, leaseUntil.toISOString(), now.toISOString()),
    db.prepare("SELECT * FROM delivery_chunks WHERE edition_id = ?1 AND chunk = ?2").bind(ref.editionId, ref.chunk),
    db.prepare("SELECT MAX(wait_until) AS until FROM delivery_chunks WHERE edition_id = ?1 AND waiting = 'quota'").bind(ref.editionId),
  ]);
  const row = selected?.results[0];
  if (!row) throw new Error(`delivery chunk ${ref.editionId}/${ref.chunk} missing right after its insert`);
  return { state: toChunkState(row), quotaUntil: quota?.results[0]?.until ?? null };
}

/** Before a Resend call: the key's first use is remembered, and the lease covers the call. */
export function markChunkCallStatement(db: D1Database, ref: ChunkRef, now: Date, leaseUntil: Date): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE delivery_chunks SET first_call_at = COALESCE(first_call_at, ?3), lease_until = ?4, updated_at = ?3
       WHERE edition_id = ?1 AND chunk = ?2`,
    )
    .bind(ref.editionId, ref.chunk, now.toISOString(), leaseUntil.toISOString());
}

/** A send was accepted: no wait, no error. */
export function clearChunkStatement(db: D1Database, ref: ChunkRef, now: Date): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE delivery_chunks SET waiting = NULL, wait_until = NULL, last_error = NULL, updated_at = ?3
       WHERE edition_id = ?1 AND chunk = ?2`,
    )
    .bind(ref.editionId, ref.chunk, now.toISOString());
}

export interface ChunkWaitRecord {
  waiting: "rate_limit" | "quota";
  until: Date;
  leaseUntil: Date;
  error: string;
  uncertain: boolean;
}

/** A wait that is not a failure: a rate limit or a quota. */
export async function recordChunkWait(db: D1Database, ref: ChunkRef, wait: ChunkWaitRecord, now: Date): Promise<void> {
  await db
    .prepare(
      `UPDATE delivery_chunks SET waiting = ?3, wait_until = ?4, lease_until = ?5, last_error = ?6,
         uncertain = MAX(uncertain, ?7), waits = waits + 1, updated_at = ?8
       WHERE edition_id = ?1 AND chunk = ?2`,
    )
    .bind(ref.editionId, ref.chunk, wait.waiting, wait.until.toISOString(), wait.leaseUntil.toISOString(), wait.error, wait.uncertain ? 1 : 0, now.toISOString())
    .run();
}

/**
 * Parks a chunk that used up its failure budget (or was dead-lettered) until `until`, when the
 * sweeper queues it again with a fresh budget, under the same key.
 */
export async function parkChunk(db: D1Database, ref: ChunkRef, until: Date, error: string, now: Date): Promise<void> {
  await db
    .prepare(
      `INSERT INTO delivery_chunks (edition_id, chunk, waiting, wait_until, lease_until, last_error, updated_at)
       VALUES (?1, ?2, 'retry', ?3, ?3, ?4, ?5)
       ON CONFLICT (edition_id, chunk) DO UPDATE SET waiting = 'retry', wait_until = ?3, lease_until = ?3, last_error = ?4,
         failures = 0, updated_at = ?5`,
    )
    .bind(ref.editionId, ref.chunk, until.toISOString(), error, now.toISOString())
    .run();
}

/** A real failure (5xx, network, timeout): counted; returns the round's failure count. */
export async function recordChunkFailure(db: D1Database, ref: ChunkRef, error: string, uncertain: boolean, leaseUntil: Date, now: Date): Promise<number> {
  const row = await db
    .prepare(
      `UPDATE delivery_chunks SET failures = failures + 1, last_error = ?3, uncertain = MAX(uncertain, ?4), waiting = NULL,
         wait_until = NULL, lease_until = ?5, updated_at = ?6
       WHERE edition_id = ?1 AND chunk = ?2 RETURNING failures`,
    )
    .bind(ref.editionId, ref.chunk, error, uncertain ? 1 : 0, leaseUntil.toISOString(), now.toISOString())
    .first<{ failures: number }>();
  return row?.failures ?? 1;
}

export interface ExpiredChunk extends ChunkRef {
  firstCallAt: string | null;
  uncertain: boolean;
}

/**
 * Chunks with rows still queued or sending and nothing in flight: their lease ran out, or they
 * never had a chunk row and were last touched before `untrackedBefore`.
 */
export async function listExpiredChunks(db: D1Database, now: Date, untrackedBefore: Date, limit: number): Promise<ExpiredChunk[]> {
  const { results } = await expiredChunksStatement(db, now, untrackedBefore, limit).all<ExpiredChunkRow>();
  return results.map(toExpiredChunk);
}

export interface ExpiredChunkRow {
  edition_id: number;
  chunk: number;
  first_call_at: string | null;
  uncertain: number;
}

export function toExpiredChunk(row: ExpiredChunkRow): ExpiredChunk {
  return { editionId: row.edition_id, chunk: row.chunk, firstCallAt: row.first_call_at, uncertain: row.uncertain === 1 };
}

/** listExpiredChunks as a statement, for the sweeper's batch (stranded.ts). */
export function expiredChunksStatement(db: D1Database, now: Date, untrackedBefore: Date, limit: number): D1PreparedStatement {
  return db
    .prepare(
      `SELECT d.edition_id, d.chunk, c.first_call_at, COALESCE(c.uncertain, 0) AS uncertain
       FROM (SELECT edition_id, chunk, MAX(updated_at) AS touched FROM deliveries
             WHERE status IN ('queued', 'sending') AND chunk IS NOT NULL GROUP BY edition_id, chunk) AS d
       LEFT JOIN delivery_chunks c ON c.edition_id = d.edition_id AND c.chunk = d.chunk
       WHERE (c.lease_until IS NULL AND d.touched < ?1) OR c.lease_until < ?2
       ORDER BY d.edition_id, d.chunk LIMIT ?3`,
    )
    .bind(untrackedBefore.toISOString(), now.toISOString(), limit);
}

/** The sweeper takes these chunks: a fresh lease, and any wait that has passed is over. */
export async function claimChunks(db: D1Database, refs: ChunkRef[], now: Date, leaseUntil: Date): Promise<void> {
  if (refs.length === 0) return;
  await db
    .prepare(
      `INSERT INTO delivery_chunks (edition_id, chunk, lease_until, updated_at)
       SELECT value ->> '$[0]', value ->> '$[1]', ?2, ?3 FROM json_each(?1) WHERE true
       ON CONFLICT (edition_id, chunk) DO UPDATE SET lease_until = excluded.lease_until, waiting = NULL, wait_until = NULL,
         updated_at = excluded.updated_at`,
    )
    .bind(JSON.stringify(refs.map((ref) => [ref.editionId, ref.chunk])), leaseUntil.toISOString(), now.toISOString())
    .run();
}
