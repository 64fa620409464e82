// D1 reads and housekeeping for POST /hooks/publish. Nonces live in seen_messages under the
// source "publish" (claimed with recordSeenMessage).

export const PUBLISH_NONCE_SOURCE = "publish";

export interface ReviewRecord {
  id: number;
  /** NULL for a review recorded by a feed's seeding first poll: seen, never sent. */
  editionId: number | null;
}

/** A review already seen on any feed, by its normalised link. */
export async function findReviewByLink(db: D1Database, link: string): Promise<ReviewRecord | undefined> {
  const row = await db
    .prepare("SELECT id, edition_id FROM reviews WHERE link = ?1 ORDER BY id LIMIT 1")
    .bind(link)
    .first<{ id: number; edition_id: number | null }>();
  return row ? { id: row.id, editionId: row.edition_id } : undefined;
}

/** Drops publish nonces older than `before`: a replay that old fails the timestamp check anyway. */
export async function prunePublishNonces(db: D1Database, before: Date): Promise<void> {
  await db
    .prepare("DELETE FROM seen_messages WHERE source = ?1 AND received_at < ?2")
    .bind(PUBLISH_NONCE_SOURCE, before.toISOString())
    .run();
}
