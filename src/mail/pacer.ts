// Spaces Resend calls to stay under its per-team rate limit (default 5 requests/s) instead
// of running into 429s: each call reserves the next slot before it sleeps, so concurrent
// chunks in one isolate queue up behind each other. The limit is learned from the
// `ratelimit-limit` header; a 429 pauses every caller for its retry-after.
import type { SendOutcome } from "./types";

// 5 % under the limit: Resend counts requests in a one-second window, so exact spacing
// plus a little network jitter would tip the sixth call of a window into a 429.
const SAFETY = 1.05;
const DEFAULT_LIMIT = 5;

export interface Pacer {
  /** Resolves when the caller may send. */
  wait(): Promise<void>;
  /** How long a caller would wait now (ms): past a few seconds the consumer queues the chunk with a delay instead. */
  pendingMs(): number;
  /** Learns from a send's rate-limit headers and 429s. */
  observe(outcome: SendOutcome): void;
}

export function createPacer(now: () => number = () => Date.now()): Pacer {
  let intervalMs = (1000 / DEFAULT_LIMIT) * SAFETY;
  let nextAt = 0;
  return {
    async wait() {
      const at = now();
      const start = Math.max(at, nextAt);
      nextAt = start + intervalMs;
      if (start > at) await new Promise((resolve) => setTimeout(resolve, start - at));
    },
    pendingMs() {
      return Math.max(0, nextAt - now());
    },
    observe(outcome) {
      const limit = outcome.rateLimit.limit;
      if (limit && limit > 0) intervalMs = (1000 / limit) * SAFETY;
      if (!outcome.ok && outcome.kind === "rate_limited") {
        nextAt = Math.max(nextAt, now() + (outcome.retryAfterSeconds ?? 1) * 1000);
      }
    },
  };
}

/** The isolate's pacer for Resend. The consumer runs with max_concurrency = 1, so one is enough. */
export const resendPacer = createPacer();
