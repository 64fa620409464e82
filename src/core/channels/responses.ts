// How a channel's HTTP answer is handled. Discord's 429 carries `retry_after` in seconds in
// its JSON body (Retry-After too, but the body is the documented one, and fractional);
// Slack's 429 carries a Retry-After header. Other 4xx answers will not change on retry.
import { z } from "../../validation";
import type { ChannelName } from "./types";

export type ChannelOutcome =
  | { kind: "sent" }
  | { kind: "retry"; delaySeconds: number; error: string }
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
