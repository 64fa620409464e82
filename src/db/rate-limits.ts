// Fixed-window rate limits kept in D1 (table rate_limits). One row per key; the
// window start is stored so a new window resets the count in the same statement.

export interface RateLimit {
  /** Requests allowed per window. */
  limit: number;
  windowSeconds: number;
}

export interface RateLimitResult {
  allowed: boolean;
  count: number;
  /** Seconds until the current window ends, for Retry-After. */
  retryAfterSeconds: number;
}

/**
 * Counts one hit on `key` and says whether it is within the limit.
 * A single UPSERT … RETURNING keeps concurrent hits from losing counts.
 */
export async function hitRateLimit(db: D1Database, key: string, rule: RateLimit, now: Date): Promise<RateLimitResult> {
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = Math.floor(now.getTime() / windowMs) * windowMs;
  const row = await db
    .prepare(
      `INSERT INTO rate_limits (key, window_start, count) VALUES (?1, ?2, 1)
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN rate_limits.window_start = ?2 THEN rate_limits.count + 1 ELSE 1 END,
         window_start = ?2
       RETURNING count`,
    )
    .bind(key, windowStart)
    .first<{ count: number }>();
  const count = row?.count ?? 1;
  return {
    allowed: count <= rule.limit,
    count,
    retryAfterSeconds: Math.max(1, Math.ceil((windowStart + windowMs - now.getTime()) / 1000)),
  };
}

/**
 * Reads `key`'s state without counting a hit: for limits that count only failures (sign-in),
 * checked before the attempt and hit only when it fails.
 */
export async function readRateLimit(db: D1Database, key: string, rule: RateLimit, now: Date): Promise<RateLimitResult> {
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = Math.floor(now.getTime() / windowMs) * windowMs;
  const row = await db
    .prepare("SELECT count FROM rate_limits WHERE key = ?1 AND window_start = ?2")
    .bind(key, windowStart)
    .first<{ count: number }>();
  const count = row?.count ?? 0;
  return {
    allowed: count < rule.limit,
    count,
    retryAfterSeconds: Math.max(1, Math.ceil((windowStart + windowMs - now.getTime()) / 1000)),
  };
}

/** Forgets `key`'s count (a successful sign-in clears that client's failures). */
export async function clearRateLimit(db: D1Database, key: string): Promise<void> {
  await db.prepare("DELETE FROM rate_limits WHERE key = ?1").bind(key).run();
}

/**
 * The per-address subscribe limit's key; the GDPR erase deletes it by the same name. One mailbox,
 * one key: "reader+1@x" and "reader+2@x" land in the same inbox, so they share a limit.
 */
export function subscribeAddressKey(email: string): string {
  const at = email.lastIndexOf("@");
  const plus = email.indexOf("+");
  const mailbox = plus > 0 && plus < at ? email.slice(0, plus) + email.slice(at) : email;
  return `subscribe:address:${mailbox}`;
}

/** Drops rows whose window ended before `before`; they would reset on the next hit anyway. */
export function pruneRateLimitsStatement(db: D1Database, before: Date): D1PreparedStatement {
  return db.prepare("DELETE FROM rate_limits WHERE window_start < ?1").bind(before.getTime());
}
