// Arrange and inspect helpers for the pipeline tests: rows written straight to D1, read back
// by the test. Addresses are unique because tests in one file share D1.
import { env } from "cloudflare:test";

let sequence = 0;

export function uniqueAddress(label = "reader"): string {
  sequence += 1;
  return `${label}-${sequence}-${crypto.randomUUID().slice(0, 8)}@example.net`;
}

export interface SubscriberOptions {
  status?: string;
  cadence?: string;
  paused?: boolean;
}

/** Inserts subscribers and returns their ids and addresses. */
export async function addSubscribers(count: number, options: SubscriberOptions = {}): Promise<{ id: number; email: string }[]> {
  const added = [];
  for (let index = 0; index < count; index++) {
    const email = uniqueAddress(options.status ?? "active");
    const row = await env.DB.prepare(
      "INSERT INTO subscribers (email, status, cadence, paused, created_at) VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id",
    )
      .bind(email, options.status ?? "active", options.cadence ?? "instant", options.paused ? 1 : 0, new Date().toISOString())
      .first<{ id: number }>();
    if (!row) throw new Error("subscriber insert failed");
    added.push({ id: row.id, email });
  }
  return added;
}

export interface DeliveryRow {
  subscriber_id: number;
  status: string;
  provider_message_id: string | null;
  attempts: number;
  last_error: string | null;
  chunk: number;
}

export async function listDeliveries(editionId: number): Promise<DeliveryRow[]> {
  const { results } = await env.DB.prepare("SELECT * FROM deliveries WHERE edition_id = ?1 ORDER BY subscriber_id").bind(editionId).all<DeliveryRow>();
  return results;
}

export async function findFeedRow(url: string) {
  return env.DB.prepare("SELECT * FROM feeds WHERE url = ?1").bind(url).first<{
    id: number;
    etag: string | null;
    last_status: string;
    last_error: string | null;
    seeded_at: string | null;
  }>();
}

/** The editions a feed's reviews went out in. */
export async function editionIdsOf(url: string): Promise<number[]> {
  const { results } = await env.DB.prepare(
    "SELECT DISTINCT r.edition_id FROM reviews r JOIN feeds f ON f.id = r.feed_id WHERE f.url = ?1 AND r.edition_id IS NOT NULL",
  )
    .bind(url)
    .all<{ edition_id: number }>();
  return results.map((row) => row.edition_id);
}

export async function countReviews(url: string): Promise<number> {
  const row = await env.DB.prepare("SELECT COUNT(*) AS count FROM reviews r JOIN feeds f ON f.id = r.feed_id WHERE f.url = ?1")
    .bind(url)
    .first<{ count: number }>();
  return row?.count ?? 0;
}

/** Creates an instant edition with placeholder links, as a poll would. */
export async function addEdition(subject = "Seeded edition"): Promise<number> {
  const row = await env.DB.prepare(
    `INSERT INTO editions (kind, subject, html, text, created_at)
     VALUES ('instant', ?1, '<p>Hi</p><a href="{{unsubscribe_url}}">Unsubscribe</a>', 'Hi. Unsubscribe: {{unsubscribe_url}}', ?2) RETURNING id`,
  )
    .bind(subject, new Date().toISOString())
    .first<{ id: number }>();
  if (!row) throw new Error("edition insert failed");
  return row.id;
}
