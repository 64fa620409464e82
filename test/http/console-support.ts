// Helpers for the console tests: requests through the worker's real fetch handler.
import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import worker from "../../src/index";

export const ADMIN_TOKEN = "test-admin-token-0123456789";
export const ORIGIN = "https://digest.test";

/** Through the worker's fetch; each call comes from its own client address unless one is given. */
export async function send(path: string, init: RequestInit = {}, workerEnv: Env = env): Promise<Response> {
  const ctx = createExecutionContext();
  const request = new Request(`${ORIGIN}${path}`, { redirect: "manual", ...init });
  if (!request.headers.has("cf-connecting-ip")) request.headers.set("cf-connecting-ip", `198.51.100.${Math.floor(Math.random() * 250)}`);
  const response = await worker.fetch(request, workerEnv, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

export function form(fields: Record<string, string>): URLSearchParams {
  return new URLSearchParams(fields);
}

export interface Session {
  cookie: string;
  csrf: string;
}

/** Signs in with the admin token; returns the cookie pair and the page's CSRF token. */
export async function signIn(): Promise<Session> {
  const response = await send("/admin/login", { method: "POST", body: form({ token: ADMIN_TOKEN }) });
  if (response.status !== 303) throw new Error(`sign-in failed: ${response.status}`);
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const page = await send("/admin", { headers: { cookie } });
  const csrf = /name="csrf" value="([^"]+)"/.exec(await page.text())?.[1];
  if (!csrf) throw new Error("no CSRF token on the overview page");
  return { cookie, csrf };
}

/** GET a console page as a signed-in operator. */
export function getPage(session: Session, path: string, workerEnv: Env = env): Promise<Response> {
  return send(path, { headers: { cookie: session.cookie } }, workerEnv);
}

/** POST a console form as a signed-in operator (the CSRF token is added unless given). */
export function postForm(session: Session, path: string, fields: Record<string, string>, workerEnv: Env = env): Promise<Response> {
  const body = form({ csrf: session.csrf, ...fields });
  return send(path, { method: "POST", headers: { cookie: session.cookie }, body }, workerEnv);
}

let sequence = 0;

/** A fresh address per call: tests in one file share D1. */
export function uniqueAddress(label = "reader"): string {
  sequence += 1;
  return `${label}-${sequence}-${crypto.randomUUID().slice(0, 8)}@example.org`;
}

export async function insertSubscriber(email: string, status = "active", name: string | null = null): Promise<number> {
  const row = await env.DB.prepare(
    "INSERT INTO subscribers (email, name, status, created_at) VALUES (?1, ?2, ?3, ?4) RETURNING id",
  )
    .bind(email, name, status, new Date().toISOString())
    .first<{ id: number }>();
  if (!row) throw new Error("subscriber insert failed");
  return row.id;
}

export const REMOVED_PASSAGE = {
  marker: "prose-block",
  trigger: "(Skip this paragraph to avoid Plot Spoilers)",
  text: "The trafficking ring is run by her own stepfather.",
  words: 10,
};

/** An edition carrying one review with one removed passage, as the pipeline stores it. */
export async function insertEdition(subject: string): Promise<number> {
  const reviews = [{ id: "g1", link: "https://medium.com/p/1", title: "Ballerina", categories: [], html: "<p>Kept.</p>", source: "medium", containsSpoilers: false, removed: [REMOVED_PASSAGE], withheld: false }];
  const row = await env.DB.prepare(
    `INSERT INTO editions (kind, subject, html, text, reviews_json, created_at)
     VALUES ('instant', ?1, ?2, 'Kept. Unsubscribe: {{unsubscribe_url}}', ?3, ?4) RETURNING id`,
  )
    .bind(subject, `<p>Kept &amp; "quoted".</p><a href="{{unsubscribe_url}}">Unsubscribe</a>`, JSON.stringify(reviews), new Date().toISOString())
    .first<{ id: number }>();
  if (!row) throw new Error("edition insert failed");
  return row.id;
}

export async function insertDelivery(editionId: number, subscriberId: number, status: string, lastError: string | null = null): Promise<void> {
  await env.DB.prepare(
    "INSERT INTO deliveries (edition_id, subscriber_id, status, attempts, last_error, updated_at) VALUES (?1, ?2, ?3, 1, ?4, ?5)",
  )
    .bind(editionId, subscriberId, status, lastError, new Date().toISOString())
    .run();
}

export async function countRows(table: "deliveries" | "outbox" | "subscribers"): Promise<number> {
  const row = await env.DB.prepare(`SELECT COUNT(*) AS count FROM ${table}`).first<{ count: number }>();
  return row?.count ?? 0;
}
