// WebSub subscriptions, one per topic (the feed URL). The secret signs the hub's content
// POSTs; it never leaves this table except in the subscription request to the hub. The
// callback key is a secret path segment of the callback URL, so only the hub we asked can
// verify; pending_mode is the request we are waiting on, so only that one can be verified.
import { runRead, type BatchedRead } from "./batched-read";
import { toFeedRecord, type FeedRecord, type FeedRow } from "./feeds";

export type WebSubState = "requested" | "verified" | "denied" | "expired" | "unsubscribed";
export type WebSubMode = "subscribe" | "unsubscribe";

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
  callbackKey: string | null;
  pendingMode: WebSubMode | null;
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
  callback_key: string | null;
  pending_mode: WebSubMode | null;
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
    callbackKey: row.callback_key,
    pendingMode: row.pending_mode,
  };
}

export async function readSubscription(db: D1Database, topic: string): Promise<WebSubSubscription | undefined> {
  const row = await db.prepare("SELECT * FROM websub_subscriptions WHERE topic = ?1").bind(topic).first<SubscriptionRow>();
  return row ? toSubscription(row) : undefined;
}

export interface FeedSubscription {
  feed: FeedRecord;
  subscription: WebSubSubscription | undefined;
}

/** Every feed with its subscription (the topic is the feed URL), for the cron's renewal step. */
export function feedSubscriptionsRead(db: D1Database): BatchedRead<FeedSubscription[]> {
  return {
    statements: [db.prepare("SELECT * FROM feeds ORDER BY id"), db.prepare("SELECT * FROM websub_subscriptions")],
    read: ([feeds, subscriptions]) => {
      const byTopic = new Map((subscriptions?.results as SubscriptionRow[] | undefined)?.map((row) => [row.topic, toSubscription(row)]));
      return ((feeds?.results ?? []) as FeedRow[]).map((row) => ({ feed: toFeedRecord(row), subscription: byTopic.get(row.url) }));
    },
  };
}

export function listFeedSubscriptions(db: D1Database): Promise<FeedSubscription[]> {
  return runRead(db, feedSubscriptionsRead(db));
}

export async function listSubscriptions(db: D1Database): Promise<WebSubSubscription[]> {
  const { results } = await db.prepare("SELECT * FROM websub_subscriptions ORDER BY topic").all<SubscriptionRow>();
  return results.map(toSubscription);
}

/**
 * Records a (re)subscription request before it is sent: a hub may verify before its answer to
 * the request arrives. A verified subscription stays verified while its renewal is pending.
 */
export async function recordSubscriptionRequest(
  db: D1Database,
  topic: string,
  request: { hubUrl: string; secret: string; callbackKey: string },
  now: Date,
): Promise<void> {
  await db
    .prepare(
      `INSERT INTO websub_subscriptions (topic, hub_url, secret, callback_key, pending_mode, state, requested_at)
       VALUES (?1, ?2, ?3, ?4, 'subscribe', 'requested', ?5)
       ON CONFLICT (topic) DO UPDATE SET hub_url = ?2, secret = ?3, callback_key = ?4, pending_mode = 'subscribe',
         requested_at = ?5, last_error = NULL,
         state = CASE WHEN state = 'verified' AND hub_url = ?2 THEN 'verified' ELSE 'requested' END`,
    )
    .bind(topic, request.hubUrl, request.secret, request.callbackKey, now.toISOString())
    .run();
}

/**
 * Records the hub's verification of the request we are waiting on (`mode`), and only that:
 * false, with nothing changed, when no such request is pending. `leaseSeconds` is already clamped.
 */
export async function recordVerified(db: D1Database, topic: string, mode: WebSubMode, leaseSeconds: number, now: Date): Promise<boolean> {
  const expiresAt = new Date(now.getTime() + leaseSeconds * 1000).toISOString();
  const result = await db
    .prepare(
      `UPDATE websub_subscriptions SET pending_mode = NULL, last_error = NULL, verified_at = ?4,
         state = CASE WHEN ?5 = 'subscribe' THEN 'verified' ELSE 'unsubscribed' END,
         lease_seconds = CASE WHEN ?5 = 'subscribe' THEN ?2 ELSE NULL END,
         expires_at = CASE WHEN ?5 = 'subscribe' THEN ?3 ELSE NULL END
       WHERE topic = ?1 AND pending_mode = ?5`,
    )
    .bind(topic, leaseSeconds, expiresAt, now.toISOString(), mode)
    .run();
  return result.meta.changes === 1;
}

/** A denial of a subscription we requested or hold (hubs may revoke later); false if neither. */
export async function recordDenied(db: D1Database, topic: string, reason: string): Promise<boolean> {
  const result = await db
    .prepare(
      `UPDATE websub_subscriptions SET state = 'denied', pending_mode = NULL, last_error = ?2
       WHERE topic = ?1 AND (pending_mode = 'subscribe' OR state = 'verified')`,
    )
    .bind(topic, `the hub denied the subscription: ${reason.slice(0, 200)}`)
    .run();
  return result.meta.changes === 1;
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
