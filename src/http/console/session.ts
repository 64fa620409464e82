// Console sessions: a signed cookie (src/tokens.ts, purpose "session") whose `data` is a random
// session id, backed by a D1 row so that sign-out ends it everywhere at once. The CSRF token is
// an HMAC of that id: bound to the session, useless without it, and it never reveals the id.
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { hmac, randomToken, timingSafeEqualText, toBase64Url } from "../../crypto";
import { deleteConsoleSession, hasConsoleSession, insertConsoleSession } from "../../db/console-sessions";
import { signToken, verifyToken } from "../../tokens";

export const SESSION_COOKIE = "rd_console";
const SESSION_HOURS = 8;

export interface ConsoleSession {
  id: string;
  csrf: string;
}

export type ConsoleEnv = { Bindings: Env; Variables: { session: ConsoleSession } };

async function deriveCsrf(secret: string, sessionId: string): Promise<string> {
  return toBase64Url(await hmac(secret, `console-csrf.${sessionId}`));
}

function cookieOptions(c: Context) {
  return {
    httpOnly: true,
    sameSite: "Strict" as const,
    secure: new URL(c.req.url).protocol === "https:",
    path: "/admin",
  };
}

/** Opens a session: stores its id and sets the signed cookie. */
export async function openSession(c: Context<ConsoleEnv>, now = new Date()): Promise<void> {
  const id = randomToken();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  await insertConsoleSession(c.env.DB, id, now, expiresAt);
  const token = await signToken(c.env.TOKEN_SECRET, "session", { sub: "admin", exp: expiresAt.getTime(), data: id });
  setCookie(c, SESSION_COOKIE, token, { ...cookieOptions(c), expires: expiresAt, maxAge: SESSION_HOURS * 3600 });
}

/** Reads the session from the cookie; undefined when absent, forged, expired or signed out. */
export async function readSession(c: Context<ConsoleEnv>, now = new Date()): Promise<ConsoleSession | undefined> {
  const secret = c.env.TOKEN_SECRET;
  if (!secret) return undefined;
  const check = await verifyToken(secret, "session", getCookie(c, SESSION_COOKIE), now.getTime());
  if (!check.ok || check.claims.sub !== "admin" || !check.claims.data) return undefined;
  const id = check.claims.data;
  if (!(await hasConsoleSession(c.env.DB, id, now))) return undefined;
  return { id, csrf: await deriveCsrf(secret, id) };
}

/** Ends the session: deletes its row (old copies of the cookie stop working) and the cookie. */
export async function closeSession(c: Context<ConsoleEnv>): Promise<void> {
  await deleteConsoleSession(c.env.DB, c.get("session").id);
  deleteCookie(c, SESSION_COOKIE, cookieOptions(c));
}

/** Pages without a session go to the sign-in form. */
export const requireSession: MiddlewareHandler<ConsoleEnv> = async (c, next) => {
  const session = await readSession(c);
  if (!session) return c.redirect("/admin/login", 302);
  c.set("session", session);
  await next();
};

/** State-changing posts must carry the session's CSRF token in the `csrf` field. */
export const requireCsrf: MiddlewareHandler<ConsoleEnv> = async (c, next) => {
  const body = await c.req.parseBody();
  const sent = typeof body.csrf === "string" ? body.csrf : "";
  if (!sent || !(await timingSafeEqualText(sent, c.get("session").csrf))) {
    return c.text("This form has expired or did not come from the console. Reload the page and try again.", 403);
  }
  await next();
};

/** Console forms are small; this caps what requireCsrf will read. */
export const limitForm = bodyLimit({ maxSize: 64 * 1024, onError: (c) => c.text("The form is too large.", 413) });
