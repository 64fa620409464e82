// The Resend transport, through the official SDK. The SDK never throws on HTTP or network
// errors: it returns { data, error, headers }, and it has no retries of its own, so the
// queue consumer owns retrying. Its base URL comes from the env (workerd has no process.env).
import { Resend } from "resend";
import type { CreateEmailOptions } from "resend";
import { BatchResponse, classifyError, readRateLimit, SendResponse } from "./resend-responses";
import { failure, MAX_BATCH_SIZE, type Mailer, type OutgoingEmail, type SendOutcome } from "./types";

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

function toOutcome(answer: SdkAnswer, readIds: (data: unknown) => string[] | undefined): SendOutcome {
  if (answer.error) return classifyError(answer.error, answer.headers);
  const ids = readIds(answer.data);
  const rateLimit = readRateLimit(answer.headers);
  if (!ids) return failure("temporary", "Resend accepted the request but its answer was unreadable", 200, rateLimit);
  return { ok: true, ids, rateLimit };
}

/** A mailer that sends through Resend with `apiKey`, at `baseUrl` when given (an emulator). */
export function createResendMailer(apiKey: string, baseUrl?: string): Mailer {
  const resend = new Resend(apiKey, baseUrl ? { baseUrl } : undefined);
  return {
    transport: "resend",
    async send(message, options) {
      const requestOptions = options?.idempotencyKey ? { idempotencyKey: options.idempotencyKey } : undefined;
      const answer = await resend.emails.send(toResendPayload(message), requestOptions);
      return toOutcome(answer, (data) => {
        const parsed = SendResponse.safeParse(data);
        return parsed.success ? [parsed.data.id] : undefined;
      });
    },
    async sendBatch(messages, options) {
      if (messages.length === 0) return { ok: true, ids: [], rateLimit: {} };
      if (messages.length > MAX_BATCH_SIZE) {
        return failure("invalid", `a batch holds at most ${MAX_BATCH_SIZE} emails, got ${messages.length}`, null);
      }
      // strict: one invalid message fails the whole batch, so a batch is all-or-nothing.
      const answer = await resend.batch.send(messages.map(toResendPayload), {
        idempotencyKey: options.idempotencyKey,
        batchValidation: "strict",
      });
      return toOutcome(answer, (data) => {
        const parsed = BatchResponse.safeParse(data);
        return parsed.success && parsed.data.data.length === messages.length ? parsed.data.data.map((item) => item.id) : undefined;
      });
    },
  };
}
