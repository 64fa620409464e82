// Feeds and the outcome of their last poll.

export type PollStatus = "ok" | "not_modified" | "seeded" | "error";

export interface FeedRecord {
  id: number;
  url: string;
  title: string | null;
  etag: string | null;
  lastModified: string | null;
  lastPolledAt: string | null;
  lastStatus: PollStatus | null;
  lastError: string | null;
  /** From the last successful parse: e.g. item links that were not http(s) and were replaced. */
  lastWarning: string | null;
  seededAt: string | null;
  hubUrl: string | null;
}

export interface FeedRow {
  id: number;
  url: string;
  title: string | null;
  etag: string | null;
  last_modified: string | null;
  last_polled_at: string | null;
  last_status: PollStatus | null;
  last_error: string | null;
  last_warning: string | null;
  seeded_at: string | null;
  hub_url: string | null;
}

export function toFeedRecord(row: FeedRow): FeedRecord {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    etag: row.etag,
    lastModified: row.last_modified,
    lastPolledAt: row.last_polled_at,
    lastStatus: row.last_status,
    lastError: row.last_error,
    lastWarning: row.last_warning,
    seededAt: row.seeded_at,
    hubUrl: row.hub_url,
  };
}

/** The feed row for `url`, created on first sight. */
export async function ensureFeed(db: D1Database, url: string, now: Date): Promise<FeedRecord> {
  const [, selected] = await db.batch<FeedRow>([
    db.prepare("INSERT INTO feeds (url, created_at) VALUES (?1, ?2) ON CONFLICT (url) DO NOTHING").bind(url, now.toISOString()),
    db.prepare("SELECT * FROM feeds WHERE url = ?1").bind(url),
  ]);
  const row = selected?.results[0];
  if (!row) throw new Error(`feed row for ${url} missing right after its insert`);
  return toFeedRecord(row);
}

export async function listFeeds(db: D1Database): Promise<FeedRecord[]> {
  const { results } = await db.prepare("SELECT * FROM feeds ORDER BY id").all<FeedRow>();
  return results.map(toFeedRecord);
}

export interface PollRecord {
  status: PollStatus;
  error?: string;
  /** Validators and metadata from a 200 answer; omitted to keep the stored ones. */
  etag?: string | null;
  lastModified?: string | null;
  title?: string;
  hubUrl?: string | null;
  /** Set (or cleared with null) by a poll that parsed the feed; omitted to keep the stored one. */
  warning?: string | null;
  /** Set on the poll that seeds the feed. */
  seeded?: boolean;
}

/** A statement recording a poll's outcome, so it can join the batch that stores its reviews. */
export function recordPollStatement(db: D1Database, feedId: number, poll: PollRecord, now: Date): D1PreparedStatement {
  const keep = (value: string | null | undefined) => (value === undefined ? 0 : 1);
  return db
    .prepare(
      `UPDATE feeds SET last_polled_at = ?2, last_status = ?3, last_error = ?4,
         etag = CASE WHEN ?6 = 1 THEN ?5 ELSE etag END,
         last_modified = CASE WHEN ?8 = 1 THEN ?7 ELSE last_modified END,
         title = COALESCE(?9, title),
         hub_url = CASE WHEN ?11 = 1 THEN ?10 ELSE hub_url END,
         seeded_at = CASE WHEN ?12 = 1 THEN COALESCE(seeded_at, ?2) ELSE seeded_at END,
         last_warning = CASE WHEN ?14 = 1 THEN ?13 ELSE last_warning END
       WHERE id = ?1`,
    )
    .bind(
      feedId,
      now.toISOString(),
      poll.status,
      poll.error ?? null,
      poll.etag ?? null,
      keep(poll.etag),
      poll.lastModified ?? null,
      keep(poll.lastModified),
      poll.title ?? null,
      poll.hubUrl ?? null,
      keep(poll.hubUrl),
      poll.seeded ? 1 : 0,
      poll.warning ?? null,
      keep(poll.warning),
    );
}

export async function recordPoll(db: D1Database, feedId: number, poll: PollRecord, now: Date): Promise<void> {
  await recordPollStatement(db, feedId, poll, now).run();
}
