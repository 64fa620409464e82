// A review the first poll recorded without sending (edition_id NULL), sent later on the
// operator's request. Claiming it and inserting its edition happen in one D1 batch: the edition
// row exists only if this batch is the one that claimed the review, so it is sent once.
import type { Digest, SpoilerFreeReview } from "../core/types";
import type { ReviewKey } from "./reviews";

export interface StoredReview {
  id: number;
  editionId: number | null;
}

/** The stored review of this feed with this guid or normalised link, if any. */
export async function findStoredReview(db: D1Database, feedId: number, key: ReviewKey): Promise<StoredReview | undefined> {
  const row = await db
    .prepare("SELECT id, edition_id FROM reviews WHERE feed_id = ?1 AND (guid = ?2 OR link = ?3) ORDER BY edition_id IS NULL LIMIT 1")
    .bind(feedId, key.guid, key.link)
    .first<{ id: number; edition_id: number | null }>();
  return row ? { id: row.id, editionId: row.edition_id } : undefined;
}

/** Creates the edition and points the seeded review at it; undefined when it was already sent. */
export async function claimSeededReview(db: D1Database, reviewId: number, digest: Digest, reviews: SpoilerFreeReview[], now: Date): Promise<number | undefined> {
  const [inserted] = await db.batch([
    db
      .prepare(
        `INSERT INTO editions (kind, subject, preheader, html, text, reviews_json, created_at)
         SELECT 'instant', ?1, ?2, ?3, ?4, ?5, ?6
         WHERE EXISTS (SELECT 1 FROM reviews WHERE id = ?7 AND edition_id IS NULL)`,
      )
      .bind(digest.subject, digest.preheader, digest.html, digest.text, JSON.stringify(reviews), now.toISOString(), reviewId),
    db.prepare("UPDATE reviews SET edition_id = (SELECT MAX(id) FROM editions) WHERE id = ?1 AND edition_id IS NULL").bind(reviewId),
  ]);
  return inserted && inserted.meta.changes > 0 ? inserted.meta.last_row_id : undefined;
}
