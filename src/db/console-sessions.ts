// Operator console sessions: one row per signed-in browser, so sign-out can end it at once.

/** Records a new session and forgets every expired one. */
export async function insertConsoleSession(db: D1Database, id: string, now: Date, expiresAt: Date): Promise<void> {
  await db.batch([
    db.prepare("DELETE FROM console_sessions WHERE expires_at < ?1").bind(now.toISOString()),
    db
      .prepare("INSERT INTO console_sessions (id, created_at, expires_at) VALUES (?1, ?2, ?3)")
      .bind(id, now.toISOString(), expiresAt.toISOString()),
  ]);
}

/** True when the session exists and has not expired. */
export async function hasConsoleSession(db: D1Database, id: string, now: Date): Promise<boolean> {
  const row = await db
    .prepare("SELECT 1 AS found FROM console_sessions WHERE id = ?1 AND expires_at >= ?2")
    .bind(id, now.toISOString())
    .first<{ found: number }>();
  return row !== null;
}

export async function deleteConsoleSession(db: D1Database, id: string): Promise<void> {
  await db.prepare("DELETE FROM console_sessions WHERE id = ?1").bind(id).run();
}
