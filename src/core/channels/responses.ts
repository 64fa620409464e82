// How a channel's HTTP answer is handled. Discord's 429 carries `retry_after` in seconds in
// its JSON body (Retry-After too, but the body is the documented one, and fractional);
// Slack's 429 carries a Retry-After header. Other 4xx answers will not change on retry.
import { z } from "../../validation";
import type { ChannelName } from "./types";

export type ChannelOutcome =
  /** `waitSeconds`: the platform's rate-limit headers say the next request must wait this long. */
  | { kind: "sent"; waitSeconds?: number }
  /** `progressed`: some posts went out on this attempt, so the retry is not a repeated failure. */
  | { kind: "retry"; delaySeconds: number; error: string; progressed?: boolean }
  | { kind: "failed"; error: string };

export const DiscordRateLimit = z.object({ retry_after: z.number().check(z.minimum(0)), global: z.optional(z.boolean()) });
export type DiscordRateLimit = z.infer<typeof DiscordRateLimit>;

// Cloudflare Queues accept retry delays of at most 12 hours.
const MAX_DELAY_SECONDS = 12 * 60 * 60;

/** Backoff for temporary failures: 30 s, 60 s, 120 s … capped at an hour. */
export function backoffSeconds(attempt: number): number {
  return Math.min(30 * 2 ** Math.max(attempt - 1, 0), 3600);
}

function readRetryAfter(channel: ChannelName, retryAfterHeader: string | null, body: string): number | undefined {
  if (channel === "discord") {
    try {
      const parsed = DiscordRateLimit.safeParse(JSON.parse(body));
      if (parsed.success) return parsed.data.retry_after;
    } catch {
      // Not JSON: fall back to the header.
    }
  }
  const seconds = Number(retryAfterHeader);
  return retryAfterHeader && Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

/** An HTTP answer from a channel → sent, retry after a delay, or failed for good. */
export function classifyChannelResponse(
  channel: ChannelName,
  status: number,
  retryAfterHeader: string | null,
  body: string,
  attempt: number,
): ChannelOutcome {
  if (status >= 200 && status < 300) return { kind: "sent" };
  const detail = `${channel} answered ${status}: ${body.slice(0, 200)}`.trim();
  if (status === 429) {
    const wait = readRetryAfter(channel, retryAfterHeader, body) ?? backoffSeconds(attempt);
    return { kind: "retry", delaySeconds: Math.min(Math.max(Math.ceil(wait), 1), MAX_DELAY_SECONDS), error: detail };
  }
  if (status >= 500 || status === 408) return { kind: "retry", delaySeconds: backoffSeconds(attempt), error: detail };
  return { kind: "failed", error: detail };
}

// Telegram, Mastodon and Bluesky: each answer is read as that platform documents it.

/** Telegram's error answer: {ok:false, error_code, description, parameters?: {retry_after?, migrate_to_chat_id?}}. */
export const TelegramError = z.object({
  ok: z.literal(false),
  error_code: z.number(),
  description: z.string(),
  parameters: z.optional(z.object({ retry_after: z.optional(z.number()), migrate_to_chat_id: z.optional(z.number()) })),
});
export type TelegramError = z.infer<typeof TelegramError>;

/** Mastodon's error answer: {"error": "…", "error_description"?: "…"}. */
export const MastodonError = z.object({ error: z.string(), error_description: z.optional(z.string()) });
export type MastodonError = z.infer<typeof MastodonError>;

/** An XRPC error (Bluesky): {"error": "ExpiredToken" | "RateLimitExceeded" | …, "message"?: "…"}. */
export const XrpcError = z.object({ error: z.string(), message: z.optional(z.string()) });
export type XrpcError = z.infer<typeof XrpcError>;

function parseJson<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }, body: string): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(body));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function readTelegramError(body: string): TelegramError | undefined {
  return parseJson(TelegramError, body);
}

export function readXrpcError(body: string): XrpcError | undefined {
  return parseJson(XrpcError, body);
}

function clampDelay(seconds: number): number {
  return Math.min(Math.max(Math.ceil(seconds), 1), MAX_DELAY_SECONDS);
}

/** A rate-limited, failed or passing answer, given the wait the platform asked for (if any). */
function classifyAnswer(detail: string, status: number, attempt: number, wait: number | undefined): ChannelOutcome {
  if (status === 429) return { kind: "retry", delaySeconds: clampDelay(wait ?? backoffSeconds(attempt)), error: detail };
  if (status >= 500 || status === 408) return { kind: "retry", delaySeconds: backoffSeconds(attempt), error: detail };
  return { kind: "failed", error: detail };
}

/** A sendMessage answer: 429 waits `parameters.retry_after` seconds. */
export function classifyTelegramResponse(status: number, body: string, attempt: number): ChannelOutcome {
  if (status >= 200 && status < 300) return { kind: "sent" };
  const error = readTelegramError(body);
  const migrated = error?.parameters?.migrate_to_chat_id;
  const hint = migrated === undefined ? "" : ` (the group is now chat ${migrated}: set TELEGRAM_CHAT_ID to it)`;
  const detail = `telegram answered ${status}: ${error?.description ?? body.slice(0, 200)}${hint}`;
  return classifyAnswer(detail, status, attempt, error?.parameters?.retry_after);
}

/** Seconds until `reset`, read as Mastodon's ISO-8601 time or Bluesky's Unix seconds. */
export function secondsUntilReset(reset: string | null, now: Date): number | undefined {
  if (!reset) return undefined;
  const at = /^\d+$/.test(reset.trim()) ? Number(reset) * 1000 : Date.parse(reset);
  return Number.isFinite(at) ? Math.max((at - now.getTime()) / 1000, 0) : undefined;
}

/**
 * Mastodon's X-RateLimit-* or Bluesky's ratelimit-* headers: when nothing is left in the
 * window, the seconds until it resets.
 */
export function readRateLimitWait(headers: Headers, prefix: "x-ratelimit" | "ratelimit", now: Date): number | undefined {
  const remaining = headers.get(`${prefix}-remaining`);
  if (remaining === null || Number(remaining) > 0) return undefined;
  return secondsUntilReset(headers.get(`${prefix}-reset`), now);
}

/** A POST /api/v1/statuses answer; a 429 (or an exhausted window) waits for X-RateLimit-Reset. */
export function classifyMastodonResponse(status: number, headers: Headers, body: string, attempt: number, now: Date): ChannelOutcome {
  const wait = readRateLimitWait(headers, "x-ratelimit", now);
  if (status >= 200 && status < 300) return wait === undefined ? { kind: "sent" } : { kind: "sent", waitSeconds: clampDelay(wait) };
  const error = parseJson(MastodonError, body);
  const detail = `mastodon answered ${status}: ${error?.error ?? body.slice(0, 200)}`;
  const reset = status === 429 ? secondsUntilReset(headers.get("x-ratelimit-reset"), now) : undefined;
  return classifyAnswer(detail, status, attempt, reset);
}

/** An XRPC answer from Bluesky; a 429 (RateLimitExceeded) waits for ratelimit-reset. */
export function classifyXrpcResponse(status: number, headers: Headers, body: string, attempt: number, now: Date): ChannelOutcome {
  const wait = readRateLimitWait(headers, "ratelimit", now);
  if (status >= 200 && status < 300) return wait === undefined ? { kind: "sent" } : { kind: "sent", waitSeconds: clampDelay(wait) };
  const error = readXrpcError(body);
  const detail = `bluesky answered ${status}: ${error ? `${error.error}${error.message ? ` (${error.message})` : ""}` : body.slice(0, 200)}`;
  const reset = status === 429 ? secondsUntilReset(headers.get("ratelimit-reset"), now) : undefined;
  return classifyAnswer(detail, status, attempt, reset);
}

/** com.atproto.server.createSession / refreshSession output (the fields we keep). */
export const BlueskySession = z.object({ accessJwt: z.string(), refreshJwt: z.string(), did: z.string(), handle: z.string() });
export type BlueskySession = z.infer<typeof BlueskySession>;

export function readBlueskySession(body: string): BlueskySession | undefined {
  return parseJson(BlueskySession, body);
}

/** GET /api/v1/accounts/verify_credentials (the field we need). */
export const MastodonAccount = z.object({ id: z.string() });
/** GET /api/v1/accounts/:id/statuses: Status entities, `content` as HTML. */
export const MastodonStatusList = z.array(z.object({ content: z.string() }));

export function readMastodonAccount(body: string): z.infer<typeof MastodonAccount> | undefined {
  return parseJson(MastodonAccount, body);
}

export function readMastodonStatusList(body: string): z.infer<typeof MastodonStatusList> | undefined {
  return parseJson(MastodonStatusList, body);
}
