// The Resend transport, through the official SDK. The SDK never throws on HTTP or network
// errors: it returns { data, error, headers }, and it has no retries of its own, so the
// queue consumer owns retrying. Its base URL comes from the env (workerd has no process.env).
// Every call carries an AbortSignal timeout: the SDK spreads its request options into fetch, so
// `signal` reaches it, and an abort comes back as a network error, which we report as a timeout.
import { Resend } from "resend";
import type { CreateEmailOptions } from "resend";
import { BatchResponse, classifyError, readRateLimit, SendResponse } from "./resend-responses";
import { failure, MAX_BATCH_SIZE, type Mailer, type OutgoingEmail, type RejectedEmail, type SendOutcome } from "./types";

function toResendPayload(message: OutgoingEmail): CreateEmailOptions {
  const payload: CreateEmailOptions = {
    from: message.from,
    to: message.to,
    subject: message.subject,
    html: message.html,
    text: message.text,
  };
  if (message.replyTo) payload.replyTo = message.replyTo;
  if (message.headers) payload.headers = message.headers;
  if (message.tags) payload.tags = message.tags;
  return payload;
}

type SdkAnswer = { data: unknown; error: unknown; headers: Record<string, string> | null };

type Accepted = { ids: string[]; rejected: RejectedEmail[] };

function toOutcome(answer: SdkAnswer, readAccepted: (data: unknown) => Accepted | undefined): SendOutcome {
  if (answer.error) return classifyError(answer.error, answer.headers);
  const accepted = readAccepted(answer.data);
  const rateLimit = readRateLimit(answer.headers);
  if (!accepted) return failure("temporary", "Resend accepted the request but its answer was unreadable", 200, rateLimit);
  return { ok: true, ...accepted, rateLimit };
}

function readBatch(data: unknown, count: number): Accepted | undefined {
  const parsed = BatchResponse.safeParse(data);
  if (!parsed.success || parsed.data.data.length + parsed.data.errors.length !== count) return undefined;
  return { ids: parsed.data.data.map((item) => item.id), rejected: parsed.data.errors };
}

/** Resend's answer within `timeoutMs`; past it the call is aborted and its outcome is unknown. */
async function withTimeout(timeoutMs: number, call: (signal: AbortSignal) => Promise<SdkAnswer>, read: (answer: SdkAnswer) => SendOutcome): Promise<SendOutcome> {
  const signal = AbortSignal.timeout(timeoutMs);
  const answer = await call(signal);
  if (signal.aborted) return failure("temporary", `timed out after ${timeoutMs} ms; the outcome is unknown`, null);
  return read(answer);
}

/** The default client timeout: a hung call must not hold the consumer's other chunks. */
export const RESEND_TIMEOUT_MS = 30_000;

/** A mailer that sends through Resend with `apiKey`, at `baseUrl` when given (an emulator). */
export function createResendMailer(apiKey: string, baseUrl?: string, timeoutMs = RESEND_TIMEOUT_MS): Mailer {
  const resend = new Resend(apiKey, baseUrl ? { baseUrl } : undefined);
  return {
    transport: "resend",
    async send(message, options) {
      const idempotency = options?.idempotencyKey ? { idempotencyKey: options.idempotencyKey } : {};
      const call = (signal: AbortSignal) => resend.emails.send(toResendPayload(message), { ...idempotency, signal });
      return withTimeout(timeoutMs, call, (answer) => toOutcome(answer, (data) => {
        const parsed = SendResponse.safeParse(data);
        return parsed.success ? { ids: [parsed.data.id], rejected: [] } : undefined;
      }));
    },
    async sendBatch(messages, options) {
      if (messages.length === 0) return { ok: true, ids: [], rejected: [], rateLimit: {} };
      if (messages.length > MAX_BATCH_SIZE) {
        return failure("invalid", `a batch holds at most ${MAX_BATCH_SIZE} emails, got ${messages.length}`, null);
      }
      // permissive: one bad address must not fail the other 99 of a chunk for good.
      const payload = messages.map(toResendPayload);
      const call = (signal: AbortSignal) =>
        resend.batch.send(payload, { idempotencyKey: options.idempotencyKey, batchValidation: "permissive", signal });
      return withTimeout(timeoutMs, call, (answer) => toOutcome(answer, (data) => readBatch(data, messages.length)));
    },
  };
}
