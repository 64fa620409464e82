// Reviews already seen per feed, by guid and by normalised link.

export interface SeenKeys {
  guids: Set<string>;
  links: Set<string>;
}

export interface ReviewKey {
  guid: string;
  /** The normalised link. */
  link: string;
}

/** Which of these guids and links the feed has already seen. */
export async function findSeenReviews(db: D1Database, feedId: number, keys: ReviewKey[]): Promise<SeenKeys> {
  if (keys.length === 0) return { guids: new Set(), links: new Set() };
  const { results } = await db
    .prepare(
      `SELECT guid, link FROM reviews WHERE feed_id = ?1
         AND (guid IN (SELECT value FROM json_each(?2)) OR link IN (SELECT value FROM json_each(?3)))`,
    )
    .bind(feedId, JSON.stringify(keys.map((key) => key.guid)), JSON.stringify(keys.map((key) => key.link)))
    .all<{ guid: string; link: string }>();
  return { guids: new Set(results.map((row) => row.guid)), links: new Set(results.map((row) => row.link)) };
}

export interface SeenReview extends ReviewKey {
  title: string;
  publishedAt?: string;
}

/**
 * Marks a review seen. With `inNewestEdition` it points at the edition inserted earlier in the
 * same D1 batch (a batch is one transaction, so the newest edition id is that one). A plain
 * INSERT: if an overlapping poll already stored the review, the UNIQUE constraint aborts the
 * whole batch, edition included.
 */
export function markReviewSeenStatement(
  db: D1Database,
  feedId: number,
  review: SeenReview,
  inNewestEdition: boolean,
  now: Date,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO reviews (feed_id, guid, link, title, published_at, first_seen_at, edition_id)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, CASE WHEN ?7 = 1 THEN (SELECT MAX(id) FROM editions) END)`,
    )
    .bind(feedId, review.guid, review.link, review.title, review.publishedAt ?? null, now.toISOString(), inNewestEdition ? 1 : 0);
}
