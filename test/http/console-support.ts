// Helpers for the console tests: requests through the worker's real fetch handler.
import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import worker from "../../src/index";

export const ADMIN_TOKEN = "test-admin-token-0123456789";
export const ORIGIN = "https://digest.test";

export async function send(path: string, init: RequestInit = {}): Promise<Response> {
  const ctx = createExecutionContext();
  const response = await worker.fetch(new Request(`${ORIGIN}${path}`, { redirect: "manual", ...init }), env, ctx);
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
export function getPage(session: Session, path: string): Promise<Response> {
  return send(path, { headers: { cookie: session.cookie } });
}

/** POST a console form as a signed-in operator (the CSRF token is added unless given). */
export function postForm(session: Session, path: string, fields: Record<string, string>): Promise<Response> {
  return send(path, { method: "POST", headers: { cookie: session.cookie }, body: form({ csrf: session.csrf, ...fields }) });
}
