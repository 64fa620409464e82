// The operator's view of the list: paginated listing, counts per status, and the GDPR erase.
import { subscribeAddressKey } from "./rate-limits";
import { normaliseEmail, SUBSCRIBER_STATUSES, toSubscriber, type Subscriber, type SubscriberRow, type SubscriberStatus } from "./subscribers";

export interface SubscriberPage {
  subscribers: Subscriber[];
  /** Pass as `after` for the next page; null on the last page. */
  nextAfter: number | null;
}

/** Lists subscribers by id (keyset pagination: stable while rows are added or erased). */
export async function listSubscribers(
  db: D1Database,
  query: { status?: SubscriberStatus; after: number; limit: number },
): Promise<SubscriberPage> {
  const { results } = await db
    .prepare(
      `SELECT * FROM subscribers WHERE id > ?1 AND (?2 IS NULL OR status = ?2)
       ORDER BY id LIMIT ?3`,
    )
    .bind(query.after, query.status ?? null, query.limit + 1)
    .all<SubscriberRow>();
  const page = results.slice(0, query.limit).map(toSubscriber);
  const last = page.at(-1);
  return { subscribers: page, nextAfter: results.length > query.limit && last ? last.id : null };
}

/** How many subscribers are in each status (every status present, zero included). */
export async function countSubscribersByStatus(db: D1Database): Promise<Record<SubscriberStatus, number>> {
  const { results } = await db
    .prepare("SELECT status, COUNT(*) AS count FROM subscribers GROUP BY status")
    .all<{ status: SubscriberStatus; count: number }>();
  const counts = Object.fromEntries(SUBSCRIBER_STATUSES.map((status) => [status, 0])) as Record<SubscriberStatus, number>;
  for (const row of results) counts[row.status] = row.count;
  return counts;
}

export interface EraseReport {
  subscribers: number;
  deliveries: number;
  outbox: number;
  rateLimits: number;
}

// Outbox rows address "someone@example.com" or "Name <someone@example.com>". A suffix
// compare, not LIKE: "_" and "%" are legal in addresses and would match other people's mail.
const OUTBOX_TO_ADDRESS = "(lower(to_address) = ?1 OR substr(lower(to_address), -(length(?1) + 2)) = '<' || ?1 || '>')";

/**
 * GDPR erase: removes the address from subscribers, deliveries, the outbox and the
 * rate-limit keys, in one D1 batch (a transaction), and adds what was removed to the
 * aggregate `counters` so totals survive.
 */
export async function eraseSubscriber(db: D1Database, email: string): Promise<EraseReport> {
  const address = normaliseEmail(email);
  const subscriberIds = "(SELECT id FROM subscribers WHERE email = ?1)";
  const bumpCounter = (name: string, countSql: string) =>
    db
      .prepare(
        `INSERT INTO counters (name, value) VALUES (?2, (${countSql}))
         ON CONFLICT (name) DO UPDATE SET value = counters.value + excluded.value`,
      )
      .bind(address, name);
  const results = await db.batch([
    bumpCounter("erased_subscribers", "SELECT COUNT(*) FROM subscribers WHERE email = ?1"),
    bumpCounter("erased_deliveries", `SELECT COUNT(*) FROM deliveries WHERE subscriber_id IN ${subscriberIds}`),
    db.prepare(`DELETE FROM deliveries WHERE subscriber_id IN ${subscriberIds}`).bind(address),
    db.prepare("DELETE FROM subscribers WHERE email = ?1").bind(address),
    db.prepare(`DELETE FROM outbox WHERE ${OUTBOX_TO_ADDRESS}`).bind(address),
    db.prepare("DELETE FROM rate_limits WHERE key = ?1").bind(subscribeAddressKey(address)),
  ]);
  const changes = (index: number) => results[index]?.meta.changes ?? 0;
  return { deliveries: changes(2), subscribers: changes(3), outbox: changes(4), rateLimits: changes(5) };
}
