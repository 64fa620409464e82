// Queue messages that used up their retries, as the dead-letter consumer received them.

export interface DeadLetter {
  id: number;
  queue: string;
  body: unknown;
  error: string | null;
  createdAt: string;
}

interface DeadLetterRow {
  id: number;
  queue: string;
  body_json: string;
  error: string | null;
  created_at: string;
}

function toDeadLetter(row: DeadLetterRow): DeadLetter {
  let body: unknown;
  try {
    body = JSON.parse(row.body_json);
  } catch {
    body = row.body_json;
  }
  return { id: row.id, queue: row.queue, body, error: row.error, createdAt: row.created_at };
}

export async function recordDeadLetter(db: D1Database, queue: string, body: unknown, error: string | null, now: Date): Promise<void> {
  await db
    .prepare("INSERT INTO dead_letters (queue, body_json, error, created_at) VALUES (?1, ?2, ?3, ?4)")
    .bind(queue, JSON.stringify(body) ?? "null", error, now.toISOString())
    .run();
}

/** The newest first. */
export async function listDeadLetters(db: D1Database, limit = 50): Promise<DeadLetter[]> {
  const { results } = await db.prepare("SELECT * FROM dead_letters ORDER BY id DESC LIMIT ?1").bind(limit).all<DeadLetterRow>();
  return results.map(toDeadLetter);
}

export async function countDeadLetters(db: D1Database): Promise<number> {
  const row = await db.prepare("SELECT COUNT(*) AS count FROM dead_letters").first<{ count: number }>();
  return row?.count ?? 0;
}
