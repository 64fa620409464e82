// The Resend transport. Single emails go through the official SDK. A chunk's batch call does
// not: the SDK JSON.stringifies its 2.4 MB payload, which alone overruns Workers Free's 10 ms
// per invocation, so batch-body.ts writes the body as bytes and this file posts it with the
// same headers, and reads the answer into the SDK's own { data, error, headers } shape.
// Neither throws on HTTP or network errors, and neither retries: the queue consumer does.
// The base URL comes from the env (workerd has no process.env). Every call carries an
// AbortSignal timeout, and an abort is reported as a timeout: an unknown outcome.
import type { CreateEmailOptions, Resend } from "resend";
import { encodeBatchBody } from "./batch-body";
import { BatchResponse, classifyError, readRateLimit, SendResponse } from "./resend-responses";
import { failure, filledEmail, MAX_BATCH_SIZE, type Mailer, type OutgoingEmail, type RejectedEmail, type SendOutcome } from "./types";

const DEFAULT_BASE_URL = "https://api.resend.com";

function toResendPayload(email: OutgoingEmail): CreateEmailOptions {
  const message = filledEmail(email);
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

/** What the SDK answers when fetch itself fails (network, abort). */
const UNREACHABLE: SdkAnswer = {
  data: null,
  error: { name: "application_error", statusCode: null, message: "Unable to fetch data. The request could not be resolved." },
  headers: null,
};

/** An error body that is not JSON, as the SDK reports it. */
function unreadableError(status: number): SdkAnswer["error"] {
  return { name: "application_error", statusCode: status, message: "Internal server error. We are unable to process your request right now, please try again later." };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

interface BatchCall {
  apiKey: string;
  baseUrl: string;
  body: Blob;
  idempotencyKey: string;
  signal: AbortSignal;
}

/** POST /emails/batch with permissive validation: one bad address must not fail the other 99. */
async function postBatch(call: BatchCall): Promise<SdkAnswer> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(`${call.baseUrl}/emails/batch`, {
      method: "POST",
      body: call.body,
      signal: call.signal,
      headers: {
        Authorization: `Bearer ${call.apiKey}`,
        "Content-Type": "application/json",
        "Idempotency-Key": call.idempotencyKey,
        "x-batch-validation": "permissive",
        "User-Agent": "review-digest",
      },
    });
    text = await response.text();
  } catch {
    return UNREACHABLE;
  }
  const headers = Object.fromEntries(response.headers.entries());
  const parsed = parseJson(text);
  if (response.ok) return { data: parsed.ok ? parsed.value : undefined, error: null, headers };
  return { data: null, error: parsed.ok ? parsed.value : unreadableError(response.status), headers };
}

/** The default client timeout: a hung call must not hold the consumer's other chunks. */
export const RESEND_TIMEOUT_MS = 30_000;

/** A mailer that sends through Resend with `apiKey`, at `baseUrl` when given (an emulator). */
export function createResendMailer(apiKey: string, baseUrl?: string, timeoutMs = RESEND_TIMEOUT_MS): Mailer {
  // Loaded and built on the first single send: a queue invocation only sends batches, and the
  // SDK's module and constructor (20 API classes, a read of process.env) cost a cold isolate ~5 ms.
  const base = baseUrl ?? DEFAULT_BASE_URL;
  let sdk: Promise<Resend> | undefined;
  const resend = () => (sdk ??= import("resend").then(({ Resend }) => new Resend(apiKey, { baseUrl: base })));
  return {
    transport: "resend",
    async send(message, options) {
      const idempotency = options?.idempotencyKey ? { idempotencyKey: options.idempotencyKey } : {};
      const client = await resend();
      const call = (signal: AbortSignal) => client.emails.send(toResendPayload(message), { ...idempotency, signal });
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
      const body = encodeBatchBody(messages);
      const call = (signal: AbortSignal) => postBatch({ apiKey, baseUrl: base, body, idempotencyKey: options.idempotencyKey, signal });
      return withTimeout(timeoutMs, call, (answer) => toOutcome(answer, (data) => readBatch(data, messages.length)));
    },
  };
}
