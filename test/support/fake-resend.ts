// A faithful fake of Resend's HTTP API, as a (Request) => Promise<Response> handler: used in
// workerd tests through installNetwork and in the Node bench behind node:http. It enforces the
// per-second rate limit with ratelimit-* headers, quotas, strict/permissive batches, and
// idempotency keys (same key + same payload → the first answer; other payload → 409).
import { isResendError, validateEmail, type AcceptedFields, type ResendError } from "./fake-resend-validation";
import { createRateWindow } from "./fake-resend-rate";

export interface SentEmail extends AcceptedFields {
  id: string;
  idempotencyKey?: string;
  acceptedAt: number;
}

/** What the next calls do instead of (or after) being processed. */
export type ScriptedFailure =
  | { type: "status"; status: number; name?: string; message?: string }
  | { type: "network" }
  | { type: "rate_limit"; retryAfterSeconds: number }
  | { type: "quota"; name?: "daily_quota_exceeded" | "monthly_quota_exceeded" }
  /** The request is processed and the emails sent, but the answer never arrives. */
  | { type: "drop_response" }
  /** No answer at all until the caller aborts (or `hang` ms pass, for callers that never do). */
  | { type: "hang"; maxMs?: number };

/** Every call until `untilMs` (on the fake's clock) fails like this: a storm, an outage, a quota. */
export interface Outage {
  untilMs: number;
  failure: ScriptedFailure;
}

export interface FakeResendOptions {
  apiKeys?: string[];
  /** Requests per second (a sliding one-second window); Resend's default is 5. */
  ratePerSecond?: number;
  /** Recipients per day before 429 daily_quota_exceeded. */
  dailyQuota?: number;
  /** Time taken to process an accepted request (ms), to expose concurrent idempotent requests. */
  latencyMs?: number;
  now?: () => number;
}

type IdempotencyEntry = { fingerprint: string; at: number; answer?: { status: number; body: unknown } };
type Call = { path: string; status: number | "network"; idempotencyKey?: string; at: number };

const DAY_MS = 24 * 60 * 60 * 1000;
const RATE_MESSAGE = "Too many requests. You can only make 5 requests per second.";

export class FakeResend {
  /** Every email accepted, in order. */
  readonly sent: SentEmail[] = [];
  /** Every API call that got past authentication, with its status. */
  readonly calls: Call[] = [];
  private readonly now: () => number;
  private readonly apiKeys: Set<string>;
  private readonly window: ReturnType<typeof createRateWindow>;
  private readonly keys = new Map<string, IdempotencyEntry>();
  private readonly script: ScriptedFailure[] = [];
  private readonly outages: Outage[] = [];
  private quotaUsed = 0;

  constructor(private readonly options: FakeResendOptions = {}) {
    this.now = options.now ?? (() => Date.now());
    this.apiKeys = new Set(options.apiKeys ?? ["re_test_key"]);
    this.window = createRateWindow(options.ratePerSecond ?? 5, this.now);
  }

  /** The fetch handler; bound, so it can be passed around as a function. */
  readonly handle = async (request: Request): Promise<Response> => {
    const path = new URL(request.url).pathname.replace(/\/+$/, "");
    const key = request.headers.get("idempotency-key") ?? undefined;
    const record = (status: number | "network") => this.calls.push({ path, status, idempotencyKey: key, at: this.now() });
    const auth = /^Bearer\s+(.+)$/i.exec(request.headers.get("authorization") ?? "")?.[1];
    if (!auth) return this.error({ status: 401, name: "missing_api_key", message: "Missing API key in the authorization header." });
    if (!this.apiKeys.has(auth)) return this.error({ status: 403, name: "invalid_api_key", message: "API key is invalid." });
    if (request.method !== "POST" || (path !== "/emails" && path !== "/emails/batch")) {
      return this.error({ status: 404, name: "not_found", message: "The requested endpoint does not exist." });
    }
    const failure = this.currentOutage() ?? this.script.shift();
    if (failure && failure.type !== "drop_response") {
      record(failure.type === "network" || failure.type === "hang" ? "network" : failure.type === "status" ? failure.status : 429);
      return failure.type === "hang" ? hangUntilAborted(request, failure.maxMs) : this.scripted(failure);
    }
    const retryAfter = this.window.admit();
    if (retryAfter !== undefined) {
      record(429);
      return this.error({ status: 429, name: "rate_limit_exceeded", message: RATE_MESSAGE }, { "retry-after": String(retryAfter) });
    }
    const permissive = request.headers.get("x-batch-validation") === "permissive";
    const response = await this.processOnce(path, await request.text(), key, permissive);
    record(response.status);
    if (failure?.type === "drop_response") throw new TypeError("fetch failed: the connection closed before the answer (scripted)");
    return response;
  };

  /** The next calls fail like this, one entry per call, in order. */
  failNext(...failures: ScriptedFailure[]): void {
    this.script.push(...failures);
  }

  /** Every call until `untilMs` on the fake's clock fails with `failure` (scripted ones wait). */
  failUntil(untilMs: number, failure: ScriptedFailure): void {
    this.outages.push({ untilMs, failure });
  }

  private currentOutage(): ScriptedFailure | undefined {
    const at = this.now();
    return this.outages.find((outage) => at < outage.untilMs)?.failure;
  }

  /** Emails accepted for one recipient address. */
  sentTo(address: string): SentEmail[] {
    return this.sent.filter((email) => email.to.some((to) => to.toLowerCase().includes(address.toLowerCase())));
  }

  private json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
    return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...this.window.headers(), ...headers } });
  }

  private error(problem: ResendError, headers: Record<string, string> = {}): Response {
    return this.json(problem.status, { statusCode: problem.status, name: problem.name, message: problem.message }, headers);
  }

  private scripted(failure: ScriptedFailure): Response {
    switch (failure.type) {
      case "network":
      case "drop_response":
      case "hang":
        throw new TypeError("fetch failed: connection reset (scripted)");
      case "rate_limit":
        return this.error(
          { status: 429, name: "rate_limit_exceeded", message: RATE_MESSAGE },
          { "retry-after": String(failure.retryAfterSeconds), "ratelimit-remaining": "0", "ratelimit-reset": String(failure.retryAfterSeconds) },
        );
      case "quota":
        return this.error({ status: 429, name: failure.name ?? "daily_quota_exceeded", message: "You have reached your daily email sending quota." });
      case "status":
        return this.error({ status: failure.status, name: failure.name ?? "internal_server_error", message: failure.message ?? "An unexpected error occurred." });
    }
  }

  private async processOnce(path: string, text: string, key: string | undefined, permissive: boolean): Promise<Response> {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return this.error({ status: 400, name: "validation_error", message: "The request body is not valid JSON." });
    }
    if (key === undefined) return this.delay(() => this.process(path, body, undefined, permissive));
    if (key.length < 1 || key.length > 256) return this.error({ status: 400, name: "validation_error", message: "The `Idempotency-Key` must be 1 to 256 characters." });
    const fingerprint = `${path}\n${permissive}\n${text}`;
    const entry = this.keys.get(key);
    if (entry && this.now() - entry.at < DAY_MS) {
      if (entry.fingerprint !== fingerprint) return this.error({ status: 409, name: "invalid_idempotent_request", message: "Same idempotency key used with a different request payload." });
      if (!entry.answer) return this.error({ status: 409, name: "concurrent_idempotent_requests", message: "Same idempotency key used while original request is still in progress." });
      return this.json(entry.answer.status, entry.answer.body);
    }
    const pending: IdempotencyEntry = { fingerprint, at: this.now() };
    this.keys.set(key, pending);
    const response = await this.delay(() => this.process(path, body, key, permissive));
    // Only answers that sent something are remembered; a failed request may be retried with its key.
    if (response.ok) pending.answer = { status: response.status, body: await response.clone().json() };
    else this.keys.delete(key);
    return response;
  }

  private async delay(work: () => Response): Promise<Response> {
    if (this.options.latencyMs) await new Promise((resolve) => setTimeout(resolve, this.options.latencyMs));
    return work();
  }

  private process(path: string, body: unknown, key: string | undefined, permissive: boolean): Response {
    const batch = path === "/emails/batch";
    if (batch && !Array.isArray(body)) return this.error({ status: 400, name: "validation_error", message: "The batch body must be an array of emails." });
    const items = batch ? (body as unknown[]) : [body];
    if (batch && (items.length === 0 || items.length > 100)) {
      return this.error({ status: 400, name: "validation_error", message: "A batch holds between 1 and 100 emails." });
    }
    const checked = items.map((item) => validateEmail(item, batch));
    const firstBad = checked.findIndex(isResendError);
    if (firstBad >= 0 && (!batch || !permissive)) {
      const problem = checked[firstBad] as ResendError;
      return this.error(batch ? { ...problem, message: `emails[${firstBad}]: ${problem.message}` } : problem);
    }
    const good = checked.filter((item): item is AcceptedFields => !isResendError(item));
    const recipients = good.reduce((sum, item) => sum + item.to.length, 0);
    if (this.options.dailyQuota !== undefined && this.quotaUsed + recipients > this.options.dailyQuota) return this.scripted({ type: "quota" });
    if (!batch) return this.json(200, { id: this.accept(good[0] as AcceptedFields, key) });
    const data = good.map((item) => ({ id: this.accept(item, key) }));
    const errors = checked.flatMap((item, index) => (isResendError(item) ? [{ index, message: item.message }] : []));
    return this.json(200, permissive ? { data, errors } : { data });
  }

  private accept(fields: AcceptedFields, key: string | undefined): string {
    const id = crypto.randomUUID();
    const email: SentEmail = { ...fields, id, acceptedAt: this.now() };
    if (key !== undefined) email.idempotencyKey = key;
    this.sent.push(email);
    this.quotaUsed += fields.to.length;
    return id;
  }
}

/** A call that never answers: it rejects when the caller's signal aborts, as fetch does. */
function hangUntilAborted(request: Request, maxMs = 300_000): Promise<Response> {
  return new Promise((_, reject) => {
    const timer = setTimeout(() => reject(new TypeError("fetch failed: the server never answered (scripted hang)")), maxMs);
    request.signal.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(request.signal.reason ?? new DOMException("The operation was aborted.", "AbortError"));
    });
  });
}

export function createFakeResend(options: FakeResendOptions = {}): FakeResend {
  return new FakeResend(options);
}
