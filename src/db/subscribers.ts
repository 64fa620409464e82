// A subscriber's life in D1: pending → active → unsubscribed (→ pending again), or
// suppressed (bounced / complained) for good. Every transition is one guarded UPDATE,
// so a repeated or stale request changes nothing.

export const SUBSCRIBER_STATUSES = ["pending", "active", "unsubscribed", "bounced", "complained"] as const;
export type SubscriberStatus = (typeof SUBSCRIBER_STATUSES)[number];

export const CADENCES = ["instant", "daily", "weekly"] as const;
export type Cadence = (typeof CADENCES)[number];

export type SuppressedStatus = "bounced" | "complained";

export interface Subscriber {
  id: number;
  email: string;
  name: string | null;
  status: SubscriberStatus;
  cadence: Cadence;
  paused: boolean;
  createdAt: string;
  confirmedAt: string | null;
  unsubscribedAt: string | null;
  lastEditionId: number | null;
  tokenVersion: number;
  /** Random per subscription, signed into every link (v2 tokens); renewed on subscribing again. */
  linkKey: string;
  /** The row predates migration 0007, and its unversioned (v1) links are still honoured. */
  legacyLinks: boolean;
}

export interface SubscriberRow {
  id: number;
  email: string;
  name: string | null;
  status: SubscriberStatus;
  cadence: Cadence;
  paused: number;
  created_at: string;
  confirmed_at: string | null;
  unsubscribed_at: string | null;
  last_edition_id: number | null;
  token_version: number;
  link_key: string;
  legacy_links: number;
}

export function toSubscriber(row: SubscriberRow): Subscriber {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    status: row.status,
    cadence: row.cadence,
    paused: row.paused === 1,
    createdAt: row.created_at,
    confirmedAt: row.confirmed_at,
    unsubscribedAt: row.unsubscribed_at,
    lastEditionId: row.last_edition_id,
    tokenVersion: row.token_version,
    linkKey: row.link_key,
    legacyLinks: row.legacy_links === 1,
  };
}

/** Emails are stored lower-cased; every lookup goes through this. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

// New and returning subscribers start after the newest edition, so a digest never
// delivers a backlog from before they (re)joined.
const NEWEST_EDITION = "(SELECT MAX(id) FROM editions)";

export async function findSubscriberById(db: D1Database, id: number): Promise<Subscriber | undefined> {
  const row = await db.prepare("SELECT * FROM subscribers WHERE id = ?1").bind(id).first<SubscriberRow>();
  return row ? toSubscriber(row) : undefined;
}

/**
 * Records a subscribe request: a new address becomes pending; an unsubscribed one becomes
 * pending again with a new token version and a new link key (every link sent before dies,
 * v1 ones included); any other state is left alone. Returns the subscriber as it now stands.
 */
export async function requestSubscription(db: D1Database, email: string, now: Date): Promise<Subscriber> {
  const address = normaliseEmail(email);
  const [, selected] = await db.batch<SubscriberRow>([
    db
      .prepare(
        `INSERT INTO subscribers (email, status, created_at) VALUES (?1, 'pending', ?2)
         ON CONFLICT (email) DO UPDATE SET status = 'pending', unsubscribed_at = NULL,
           confirmed_at = NULL, token_version = subscribers.token_version + 1,
           link_key = lower(hex(randomblob(16))), legacy_links = 0
         WHERE subscribers.status = 'unsubscribed'`,
      )
      .bind(address, now.toISOString()),
    db.prepare("SELECT * FROM subscribers WHERE email = ?1").bind(address),
  ]);
  const row = selected?.results[0];
  if (!row) throw new Error("subscriber row missing right after its upsert");
  return toSubscriber(row);
}

export type ConfirmOutcome = "confirmed" | "already_active" | "stale";

/**
 * Activates a pending subscriber whose confirmation token carries the current token version.
 * Confirming twice is harmless ("already_active"); a token from before an unsubscribe is "stale".
 */
export async function confirmSubscriber(db: D1Database, id: number, tokenVersion: number, now: Date): Promise<ConfirmOutcome> {
  const result = await db
    .prepare(
      `UPDATE subscribers SET status = 'active', confirmed_at = ?3, last_edition_id = ${NEWEST_EDITION}
       WHERE id = ?1 AND token_version = ?2 AND status = 'pending'`,
    )
    .bind(id, tokenVersion, now.toISOString())
    .run();
  if (result.meta.changes === 1) return "confirmed";
  const current = await findSubscriberById(db, id);
  return current?.status === "active" && current.tokenVersion === tokenVersion ? "already_active" : "stale";
}

/**
 * Unsubscribes at once. Bumps the token version so earlier confirmation links cannot
 * re-activate the address; suppressed addresses keep their stronger status.
 */
export async function unsubscribeSubscriber(db: D1Database, id: number, now: Date): Promise<void> {
  await db
    .prepare(
      `UPDATE subscribers SET status = 'unsubscribed', unsubscribed_at = ?2, token_version = token_version + 1
       WHERE id = ?1 AND status IN ('pending', 'active')`,
    )
    .bind(id, now.toISOString())
    .run();
}

export interface Preferences {
  cadence: Cadence;
  paused: boolean;
}

/**
 * Saves an active subscriber's cadence and pause. Leaving "instant" or resuming from a pause
 * starts digests from the newest edition: instant mail already covered the past, and a
 * pause means "send me nothing from this time". A new cadence counts as a digest just had,
 * so the first one comes at the next digest hour, not at the next cron tick.
 * Returns false when the subscriber is not active (nothing is changed).
 */
export async function updatePreferences(db: D1Database, id: number, preferences: Preferences, now: Date): Promise<boolean> {
  const result = await db
    .prepare(
      `UPDATE subscribers SET
         last_edition_id = CASE
           WHEN (cadence = 'instant' AND ?2 <> 'instant') OR (paused = 1 AND ?3 = 0) THEN ${NEWEST_EDITION}
           ELSE last_edition_id END,
         last_digest_at = CASE WHEN cadence <> ?2 THEN ?4 ELSE last_digest_at END,
         cadence = ?2, paused = ?3
       WHERE id = ?1 AND status = 'active'`,
    )
    .bind(id, preferences.cadence, preferences.paused ? 1 : 0, now.toISOString())
    .run();
  return result.meta.changes === 1;
}

/**
 * Suppresses every subscriber an event names: by the delivery that carries the provider's
 * message id, and by recipient address (confirmation mail has no delivery row).
 * Returns how many subscribers changed; an already suppressed one keeps its first reason.
 */
export async function suppressSubscribers(
  db: D1Database,
  status: SuppressedStatus,
  target: { providerMessageId: string; emails: string[] },
  now: Date,
): Promise<number> {
  const result = await db
    .prepare(
      `UPDATE subscribers SET status = ?1, unsubscribed_at = COALESCE(unsubscribed_at, ?4)
       WHERE status NOT IN ('bounced', 'complained')
         AND (id IN (SELECT subscriber_id FROM deliveries WHERE provider_message_id = ?2)
              OR email IN (SELECT value FROM json_each(?3)))`,
    )
    .bind(status, target.providerMessageId, JSON.stringify(target.emails.map(normaliseEmail)), now.toISOString())
    .run();
  return result.meta.changes;
}
