// The mailer seam: one interface over Resend and the local D1 outbox.
import { fillPart, type PlaceholderValues } from "../core/render/placeholders";

export interface EmailTag {
  name: string;
  value: string;
}

export interface OutgoingEmail {
  /** "Name <address>" */
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  replyTo?: string;
  headers?: Record<string, string>;
  /** Resend tags: ASCII letters, digits, `_` and `-` only. */
  tags?: EmailTag[];
  /**
   * This recipient's links, when `html` and `text` are an edition's shared parts with their
   * placeholders still in: the transport fills them. A chunk's 100 emails then share two
   * strings, and the Resend transport serialises each once instead of 100 times.
   */
  links?: PlaceholderValues;
}

/** The email with its links filled in (as the recipient reads it). */
export function filledEmail(email: OutgoingEmail): OutgoingEmail {
  if (!email.links) return email;
  const { links, ...rest } = email;
  return { ...rest, html: fillPart(email.html, links, "html"), text: fillPart(email.text, links, "text") };
}

/** What the provider said about its rate limit, from the `ratelimit-*` headers. */
export interface RateLimitInfo {
  limit?: number;
  remaining?: number;
  /** Seconds until the window resets. */
  resetSeconds?: number;
}

/**
 * Why a send failed, and so what to do:
 * - rate_limited: retry after `retryAfterSeconds`;
 * - quota: daily/monthly quota used up, final (retrying cannot clear it);
 * - invalid: a 4xx the payload or key caused, final;
 * - idempotency_mismatch: the key was used with another payload, final;
 * - in_progress: the same key is still being processed, retry later;
 * - temporary: 5xx or a network error, retry with backoff.
 */
export type SendFailureKind = "rate_limited" | "quota" | "invalid" | "idempotency_mismatch" | "in_progress" | "temporary";

export interface RejectedEmail {
  /** Index in the batch as sent. */
  index: number;
  message: string;
}

export type SendOutcome =
  | {
      ok: true;
      /** Provider ids of the accepted emails, in input order (rejected ones left out). */
      ids: string[];
      /** Emails of a batch that Resend refused one by one (permissive validation); usually empty. */
      rejected: RejectedEmail[];
      rateLimit: RateLimitInfo;
    }
  | {
      ok: false;
      kind: SendFailureKind;
      /** True when retrying cannot help. */
      final: boolean;
      message: string;
      status: number | null;
      retryAfterSeconds?: number;
      rateLimit: RateLimitInfo;
    };

export interface Mailer {
  /** "resend" or "outbox", for logs and the admin status. */
  readonly transport: "resend" | "outbox";
  send(message: OutgoingEmail, options?: { idempotencyKey?: string }): Promise<SendOutcome>;
  /** At most 100 messages; one key covers the whole batch. */
  sendBatch(messages: OutgoingEmail[], options: { idempotencyKey: string }): Promise<SendOutcome>;
}

const FINAL_KINDS: ReadonlySet<SendFailureKind> = new Set(["quota", "invalid", "idempotency_mismatch"]);

/** Builds a failure outcome; `final` follows from the kind. */
export function failure(
  kind: SendFailureKind,
  message: string,
  status: number | null,
  rateLimit: RateLimitInfo = {},
  retryAfterSeconds?: number,
): SendOutcome {
  const outcome: SendOutcome = { ok: false, kind, final: FINAL_KINDS.has(kind), message, status, rateLimit };
  if (retryAfterSeconds !== undefined) outcome.retryAfterSeconds = retryAfterSeconds;
  return outcome;
}

/** Resend accepts at most 100 messages per batch call. */
export const MAX_BATCH_SIZE = 100;
