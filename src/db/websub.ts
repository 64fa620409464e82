// WebSub subscriptions, one per topic (the feed URL). The secret signs the hub's content
// POSTs; it never leaves this table except in the subscription request to the hub.

export type WebSubState = "requested" | "verified" | "denied" | "expired";

export interface WebSubSubscription {
  topic: string;
  hubUrl: string;
  secret: string;
  state: WebSubState;
  leaseSeconds: number | null;
  expiresAt: string | null;
  requestedAt: string;
  verifiedAt: string | null;
  lastDeliveryAt: string | null;
  lastError: string | null;
}

interface SubscriptionRow {
  topic: string;
  hub_url: string;
  secret: string;
  state: WebSubState;
  lease_seconds: number | null;
  expires_at: string | null;
  requested_at: string;
  verified_at: string | null;
  last_delivery_at: string | null;
  last_error: string | null;
}

function toSubscription(row: SubscriptionRow): WebSubSubscription {
  return {
    topic: row.topic,
    hubUrl: row.hub_url,
    secret: row.secret,
    state: row.state,
    leaseSeconds: row.lease_seconds,
    expiresAt: row.expires_at,
    requestedAt: row.requested_at,
    verifiedAt: row.verified_at,
    lastDeliveryAt: row.last_delivery_at,
    lastError: row.last_error,
  };
}

export async function readSubscription(db: D1Database, topic: string): Promise<WebSubSubscription | undefined> {
  const row = await db.prepare("SELECT * FROM websub_subscriptions WHERE topic = ?1").bind(topic).first<SubscriptionRow>();
  return row ? toSubscription(row) : undefined;
}

export async function listSubscriptions(db: D1Database): Promise<WebSubSubscription[]> {
  const { results } = await db.prepare("SELECT * FROM websub_subscriptions ORDER BY topic").all<SubscriptionRow>();
  return results.map(toSubscription);
}

/**
 * Records a (re)subscription request before it is sent: a hub may verify before its answer to
 * the request arrives. A verified subscription stays verified while its renewal is pending.
 */
export async function recordSubscriptionRequest(db: D1Database, topic: string, hubUrl: string, secret: string, now: Date): Promise<void> {
  await db
    .prepare(
      `INSERT INTO websub_subscriptions (topic, hub_url, secret, state, requested_at) VALUES (?1, ?2, ?3, 'requested', ?4)
       ON CONFLICT (topic) DO UPDATE SET hub_url = ?2, secret = ?3, requested_at = ?4, last_error = NULL,
         state = CASE WHEN state = 'verified' AND hub_url = ?2 THEN 'verified' ELSE 'requested' END`,
    )
    .bind(topic, hubUrl, secret, now.toISOString())
    .run();
}

export async function recordVerified(db: D1Database, topic: string, leaseSeconds: number | null, now: Date): Promise<void> {
  const expiresAt = leaseSeconds === null ? null : new Date(now.getTime() + leaseSeconds * 1000).toISOString();
  await db
    .prepare(
      `UPDATE websub_subscriptions SET state = 'verified', lease_seconds = ?2, expires_at = ?3, verified_at = ?4, last_error = NULL
       WHERE topic = ?1`,
    )
    .bind(topic, leaseSeconds, expiresAt, now.toISOString())
    .run();
}

export async function recordDenied(db: D1Database, topic: string, reason: string): Promise<void> {
  await db
    .prepare("UPDATE websub_subscriptions SET state = 'denied', last_error = ?2 WHERE topic = ?1")
    .bind(topic, `the hub denied the subscription: ${reason}`)
    .run();
}

export async function recordExpired(db: D1Database, topic: string): Promise<void> {
  await db.prepare("UPDATE websub_subscriptions SET state = 'expired' WHERE topic = ?1 AND state = 'verified'").bind(topic).run();
}

export async function recordHubError(db: D1Database, topic: string, error: string): Promise<void> {
  await db.prepare("UPDATE websub_subscriptions SET last_error = ?2 WHERE topic = ?1").bind(topic, error.slice(0, 500)).run();
}

export async function recordContentDelivery(db: D1Database, topic: string, now: Date): Promise<void> {
  await db.prepare("UPDATE websub_subscriptions SET last_delivery_at = ?2 WHERE topic = ?1").bind(topic, now.toISOString()).run();
}

/** The feed a callback URL names (`/websub/callback/<feed id>`): its URL is the topic. */
export async function readFeedTopic(db: D1Database, feedId: number): Promise<{ id: number; url: string } | undefined> {
  const row = await db.prepare("SELECT id, url FROM feeds WHERE id = ?1").bind(feedId).first<{ id: number; url: string }>();
  return row ?? undefined;
}
