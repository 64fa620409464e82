// Bulk import for migrating an existing list, and the fan-out audience count.
// (Subscriber life-cycle functions live in subscribers.ts, owned by the subscriber flows.)

export interface ImportRow {
  /** Already validated and lower-cased. */
  email: string;
  name?: string;
}

// D1 caps a bound string at 2 MB; 1,000 rows of JSON stay far below it.
const ROWS_PER_STATEMENT = 1000;

/**
 * Inserts the rows as active subscribers; an address already known (in any state) is left
 * alone, so importing twice changes nothing and an unsubscribe is never undone.
 * Imported subscribers start after the newest edition. Returns how many rows were new.
 */
export async function importSubscribers(db: D1Database, rows: ImportRow[], now: Date): Promise<number> {
  const statements = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const slice = rows.slice(start, start + ROWS_PER_STATEMENT).map((row) => ({ email: row.email, name: row.name ?? null }));
    statements.push(
      db
        .prepare(
          `INSERT INTO subscribers (email, name, status, created_at, confirmed_at, last_edition_id)
           SELECT value ->> '$.email', value ->> '$.name', 'active', ?2, ?2, (SELECT MAX(id) FROM editions)
           FROM json_each(?1) WHERE true
           ON CONFLICT (email) DO NOTHING`,
        )
        .bind(JSON.stringify(slice), now.toISOString()),
    );
  }
  if (statements.length === 0) return 0;
  const results = await db.batch(statements);
  return results.reduce((sum, result) => sum + result.meta.changes, 0);
}

/** Subscribers an instant edition goes to now. */
export async function countInstantAudience(db: D1Database): Promise<number> {
  const row = await db
    .prepare("SELECT COUNT(*) AS count FROM subscribers WHERE status = 'active' AND paused = 0 AND cadence = 'instant'")
    .first<{ count: number }>();
  return row?.count ?? 0;
}
