// Platform sessions kept between invocations (Bluesky's accessJwt/refreshJwt pair), so a post
// reuses a valid session instead of spending createSession's tight rate limit.
export async function readChannelSession(db: D1Database, key: string): Promise<string | undefined> {
  const row = await db.prepare("SELECT session_json FROM channel_sessions WHERE key = ?1").bind(key).first<{ session_json: string }>();
  return row?.session_json;
}

export async function writeChannelSession(db: D1Database, key: string, sessionJson: string, now: Date): Promise<void> {
  await db
    .prepare(
      `INSERT INTO channel_sessions (key, session_json, updated_at) VALUES (?1, ?2, ?3)
       ON CONFLICT (key) DO UPDATE SET session_json = excluded.session_json, updated_at = excluded.updated_at`,
    )
    .bind(key, sessionJson, now.toISOString())
    .run();
}

export async function deleteChannelSession(db: D1Database, key: string): Promise<void> {
  await db.prepare("DELETE FROM channel_sessions WHERE key = ?1").bind(key).run();
}
