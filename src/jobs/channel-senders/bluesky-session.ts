// Bluesky sessions: createSession once, then reuse the accessJwt (kept in D1 between
// invocations) until the PDS answers ExpiredToken; then refreshSession with the refreshJwt,
// which rotates both tokens, and if that is refused too, createSession again.
import { readBlueskySession, readXrpcError, classifyXrpcResponse, type BlueskySession, type ChannelOutcome } from "../../core/channels/responses";
import { readChannelSession, writeChannelSession } from "../../db/channel-sessions";
import type { Settings } from "../../settings";
import { callPlatform, isAnswer, type PlatformAnswer } from "./http";

export interface SessionContext {
  db: D1Database;
  settings: Settings;
  attempt: number;
  now: Date;
}

type Call = (session: BlueskySession) => Promise<PlatformAnswer | ChannelOutcome>;

export function blueskyService(settings: Settings): string {
  return settings.BLUESKY_SERVICE ?? "https://bsky.social";
}

function sessionKey(settings: Settings): string {
  return `bluesky:${blueskyService(settings)}:${(settings.BLUESKY_HANDLE ?? "").toLowerCase()}`;
}

/** An answer that means "this token is no longer good": expired, revoked or unknown. */
export function isTokenRefused(answer: PlatformAnswer): boolean {
  if (answer.status !== 400 && answer.status !== 401) return false;
  const error = readXrpcError(answer.body)?.error;
  return error === "ExpiredToken" || error === "InvalidToken";
}

async function postXrpc(context: SessionContext, method: string, init: RequestInit): Promise<PlatformAnswer | ChannelOutcome> {
  return callPlatform("bluesky", `${blueskyService(context.settings)}/xrpc/${method}`, { method: "POST", ...init }, context.attempt);
}

/** A session from the answer, stored for the next invocation; otherwise what to do about it. */
async function keepSession(context: SessionContext, answer: PlatformAnswer | ChannelOutcome, step: string): Promise<BlueskySession | ChannelOutcome> {
  if (!isAnswer(answer)) return answer;
  const session = answer.status === 200 ? readBlueskySession(answer.body) : undefined;
  if (session) {
    await writeChannelSession(context.db, sessionKey(context.settings), JSON.stringify(session), context.now);
    return session;
  }
  const outcome = classifyXrpcResponse(answer.status, answer.headers, answer.body, context.attempt, context.now);
  return outcome.kind === "sent" ? { kind: "failed", error: `bluesky ${step}: unreadable session` } : { ...outcome, error: `${step}: ${outcome.error}` };
}

async function createSession(context: SessionContext): Promise<BlueskySession | ChannelOutcome> {
  const body = JSON.stringify({ identifier: context.settings.BLUESKY_HANDLE, password: context.settings.BLUESKY_APP_PASSWORD });
  const answer = await postXrpc(context, "com.atproto.server.createSession", { headers: { "content-type": "application/json" }, body });
  return keepSession(context, answer, "createSession (check BLUESKY_HANDLE and BLUESKY_APP_PASSWORD)");
}

/** A refreshed session, or undefined when the refresh token is refused too. */
async function refreshSession(context: SessionContext, session: BlueskySession): Promise<BlueskySession | ChannelOutcome | undefined> {
  const answer = await postXrpc(context, "com.atproto.server.refreshSession", { headers: { authorization: `Bearer ${session.refreshJwt}` } });
  if (isAnswer(answer) && isTokenRefused(answer)) return undefined;
  return keepSession(context, answer, "refreshSession");
}

async function loadSession(context: SessionContext): Promise<BlueskySession | undefined> {
  const json = await readChannelSession(context.db, sessionKey(context.settings));
  return json ? readBlueskySession(json) : undefined;
}

function isSession(value: BlueskySession | ChannelOutcome): value is BlueskySession {
  return "accessJwt" in value;
}

/** Runs `call` with a valid session, refreshing or recreating it once if the PDS refuses the token. */
export async function withBlueskySession(context: SessionContext, call: Call): Promise<PlatformAnswer | ChannelOutcome> {
  const stored = await loadSession(context);
  const first = stored ?? (await createSession(context));
  if (!isSession(first)) return first;
  const answer = await call(first);
  if (!isAnswer(answer) || !isTokenRefused(answer)) return answer;
  const refreshed = stored ? await refreshSession(context, first) : undefined;
  const next = refreshed ?? (await createSession(context));
  if (!isSession(next)) return next;
  return call(next);
}
