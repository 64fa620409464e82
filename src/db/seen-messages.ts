// Replay protection for signed webhooks: each (source, id) is processed once.
// Sources in use: "resend" (svix-id); the channels engineer adds publish nonces.

/**
 * Records that a message was seen. Returns true the first time, false for a replay.
 * The insert is the claim: two concurrent deliveries of one id cannot both win.
 */
export async function recordSeenMessage(db: D1Database, source: string, id: string, now: Date): Promise<boolean> {
  const result = await db
    .prepare("INSERT INTO seen_messages (source, id, received_at) VALUES (?1, ?2, ?3) ON CONFLICT (source, id) DO NOTHING")
    .bind(source, id, now.toISOString())
    .run();
  return result.meta.changes === 1;
}

/** Releases a claim whose processing failed, so the sender's retry is processed again. */
export async function forgetSeenMessage(db: D1Database, source: string, id: string): Promise<void> {
  await db.prepare("DELETE FROM seen_messages WHERE source = ?1 AND id = ?2").bind(source, id).run();
}

/** Drops one source's records older than `before`, once its sender has stopped retrying them. */
export function pruneSeenMessagesStatement(db: D1Database, source: string, before: Date): D1PreparedStatement {
  return db.prepare("DELETE FROM seen_messages WHERE source = ?1 AND received_at < ?2").bind(source, before.toISOString());
}
