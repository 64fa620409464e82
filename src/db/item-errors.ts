// Feed items that could not be parsed, stripped, sanitised or rendered (migrations/0006). The
// rest of the feed is sent; these stay listed on the feed's status until they go through (they
// are not marked seen, so each poll tries them again) or leave the feed.

export interface ItemError {
  feedId: number;
  guid: string;
  link: string;
  title: string;
  error: string;
  recordedAt: string;
}

interface ItemErrorRow {
  feed_id: number;
  guid: string;
  link: string;
  title: string;
  error: string;
  recorded_at: string;
}

/** Titles and errors are stored cut: a hostile item must not bloat the status page. */
const MAX_TEXT = 500;
const cut = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);

export type NewItemError = Omit<ItemError, "feedId" | "recordedAt">;

/** Replaces the feed's item errors with this poll's (an empty list clears them). */
export async function replaceItemErrors(db: D1Database, feedId: number, errors: NewItemError[], now: Date): Promise<void> {
  await db.batch(replaceItemErrorsStatements(db, feedId, errors, now));
}

/** replaceItemErrors as statements, to join the batch that stores the poll. */
export function replaceItemErrorsStatements(db: D1Database, feedId: number, errors: NewItemError[], now: Date): D1PreparedStatement[] {
  const rows = errors.map((item) => [cut(item.guid), cut(item.link), cut(item.title), cut(item.error)]);
  return [
    db.prepare("DELETE FROM feed_item_errors WHERE feed_id = ?1").bind(feedId),
    db
      .prepare(
        `INSERT INTO feed_item_errors (feed_id, guid, link, title, error, recorded_at)
         SELECT ?1, value ->> '$[0]', value ->> '$[1]', value ->> '$[2]', value ->> '$[3]', ?3 FROM json_each(?2) WHERE true
         ON CONFLICT (feed_id, guid) DO NOTHING`,
      )
      .bind(feedId, JSON.stringify(rows), now.toISOString()),
  ];
}

/** Every feed's item errors, newest first. */
export async function listItemErrors(db: D1Database, limit = 50): Promise<ItemError[]> {
  const { results } = await db.prepare("SELECT * FROM feed_item_errors ORDER BY recorded_at DESC, feed_id LIMIT ?1").bind(limit).all<ItemErrorRow>();
  return results.map((row) => ({ feedId: row.feed_id, guid: row.guid, link: row.link, title: row.title, error: row.error, recordedAt: row.recorded_at }));
}
