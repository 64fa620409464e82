// Arrange helpers for subscriber tests: rows written straight to D1 (the state under test
// is then driven through the real routes), and unique addresses so tests never collide.
import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import worker from "../../src/index";

let sequence = 0;

/** A fresh address per call: tests in one file share D1, so each owns its own rows. */
export function uniqueEmail(label = "reader"): string {
  sequence += 1;
  return `${label}-${sequence}-${crypto.randomUUID().slice(0, 8)}@example.org`;
}

export interface SubscriberSeed {
  email?: string;
  status?: "pending" | "active" | "unsubscribed" | "bounced" | "complained";
  cadence?: "instant" | "daily" | "weekly";
  paused?: boolean;
  lastEditionId?: number | null;
}

/** Inserts a subscriber and returns its id and address. */
export async function seedSubscriber(seed: SubscriberSeed = {}): Promise<{ id: number; email: string }> {
  const email = seed.email ?? uniqueEmail();
  const row = await env.DB.prepare(
    `INSERT INTO subscribers (email, status, cadence, paused, created_at, confirmed_at, last_edition_id)
     VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6) RETURNING id`,
  )
    .bind(email, seed.status ?? "active", seed.cadence ?? "instant", seed.paused ? 1 : 0, new Date().toISOString(), seed.lastEditionId ?? null)
    .first<{ id: number }>();
  if (!row) throw new Error("insert failed");
  return { id: row.id, email };
}

/** Inserts an edition (no reviews) and returns its id. */
export async function seedEdition(kind = "instant"): Promise<number> {
  const row = await env.DB.prepare(
    "INSERT INTO editions (kind, subject, html, text, created_at) VALUES (?1, 'Seeded', '<p>x</p>', 'x', ?2) RETURNING id",
  )
    .bind(kind, new Date().toISOString())
    .first<{ id: number }>();
  if (!row) throw new Error("insert failed");
  return row.id;
}

/** Inserts a sent delivery with a provider message id. */
export async function seedDelivery(editionId: number, subscriberId: number, providerMessageId: string, status = "sent"): Promise<void> {
  await env.DB.prepare(
    "INSERT INTO deliveries (edition_id, subscriber_id, status, provider_message_id, attempts, updated_at) VALUES (?1, ?2, ?3, ?4, 1, ?5)",
  )
    .bind(editionId, subscriberId, status, providerMessageId, new Date().toISOString())
    .run();
}

export async function subscriberStatus(email: string): Promise<string | undefined> {
  const row = await env.DB.prepare("SELECT status FROM subscribers WHERE email = ?1").bind(email.toLowerCase()).first<{ status: string }>();
  return row?.status;
}

export async function deliveryStatus(providerMessageId: string): Promise<string | undefined> {
  const row = await env.DB.prepare("SELECT status FROM deliveries WHERE provider_message_id = ?1").bind(providerMessageId).first<{ status: string }>();
  return row?.status;
}

/** Calls the real worker and waits for its background work (confirmation mail goes out in waitUntil). */
export async function callWorker(request: Request, workerEnv: Env = env): Promise<Response> {
  const ctx = createExecutionContext();
  const response = await worker.fetch(request, workerEnv, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

/** The confirmation link in a captured email's text part. */
export function confirmLinkIn(text: string | undefined): string {
  const match = /https:\/\/digest\.test\/confirm\?token=[^\s"<]+/.exec(text ?? "");
  if (!match) throw new Error(`no confirmation link in: ${text}`);
  return match[0];
}

export function subscribeForm(email: string, extra: Record<string, string> = {}, headers: Record<string, string> = {}): Request {
  return new Request("https://digest.test/subscribe", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "cf-connecting-ip": "198.51.100.7", ...headers },
    body: new URLSearchParams({ email, ...extra }).toString(),
  });
}

export function subscribeJson(body: unknown, headers: Record<string, string> = {}): Request {
  return new Request("https://digest.test/subscribe", {
    method: "POST",
    headers: { "content-type": "application/json", "cf-connecting-ip": "198.51.100.8", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

export async function countRows(table: "subscribers" | "rate_limits" | "outbox" | "deliveries"): Promise<number> {
  const row = await env.DB.prepare(`SELECT COUNT(*) AS n FROM ${table}`).first<{ n: number }>();
  return row?.n ?? 0;
}
