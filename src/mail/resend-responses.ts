// Resend's answers, parsed at the edge. The SDK hands back whatever JSON the server sent,
// so nothing here trusts its TypeScript types.
import { z } from "../validation";
import { failure, type RateLimitInfo, type SendOutcome } from "./types";

export const SendResponse = z.object({ id: z.string() });
export type SendResponse = z.infer<typeof SendResponse>;

// With x-batch-validation: permissive, `data` lists the accepted emails in order and `errors`
// the refused ones by index.
export const BatchResponse = z.object({
  data: z.array(z.object({ id: z.string() })),
  errors: z._default(z.array(z.object({ index: z.number(), message: z.string() })), []),
});
export type BatchResponse = z.infer<typeof BatchResponse>;

export const ErrorBody = z.object({
  statusCode: z.nullable(z.optional(z.number())),
  name: z.string(),
  message: z._default(z.string(), ""),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

const QUOTA_ERRORS = new Set(["daily_quota_exceeded", "monthly_quota_exceeded"]);

function readNumber(headers: Record<string, string> | null, name: string): number | undefined {
  const raw = headers?.[name];
  if (raw === undefined || raw.trim() === "") return undefined;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** Reads `ratelimit-limit`, `ratelimit-remaining` and `ratelimit-reset` (seconds). */
export function readRateLimit(headers: Record<string, string> | null): RateLimitInfo {
  const info: RateLimitInfo = {};
  const limit = readNumber(headers, "ratelimit-limit");
  const remaining = readNumber(headers, "ratelimit-remaining");
  const reset = readNumber(headers, "ratelimit-reset");
  if (limit !== undefined) info.limit = limit;
  if (remaining !== undefined) info.remaining = remaining;
  if (reset !== undefined) info.resetSeconds = reset;
  return info;
}

/**
 * Classifies an SDK error. The SDK reports a network failure as `application_error` with
 * `statusCode: null` and no headers; HTTP errors carry the server's body and headers.
 */
export function classifyError(error: unknown, headers: Record<string, string> | null): SendOutcome {
  const rateLimit = readRateLimit(headers);
  const parsed = ErrorBody.safeParse(error);
  if (!parsed.success) return failure("temporary", "Resend answered with an unreadable error", null, rateLimit);
  const { name, message } = parsed.data;
  const status = parsed.data.statusCode ?? null;
  const text = `${name}: ${message}`.trim();
  if (status === null) return failure("temporary", `network error: ${message}`, null, rateLimit);
  // A quota rarely says when it resets; when it does, the paused chunk is tried again then.
  if (status === 429 && QUOTA_ERRORS.has(name)) return failure("quota", text, status, rateLimit, readNumber(headers, "retry-after"));
  if (status === 429) {
    const retryAfter = readNumber(headers, "retry-after") ?? rateLimit.resetSeconds ?? 1;
    return failure("rate_limited", text, status, rateLimit, Math.max(1, Math.ceil(retryAfter)));
  }
  if (status === 409 && name === "concurrent_idempotent_requests") return failure("in_progress", text, status, rateLimit);
  if (status === 409) return failure("idempotency_mismatch", text, status, rateLimit);
  if (status >= 500) return failure("temporary", text, status, rateLimit);
  return failure("invalid", text, status, rateLimit);
}
