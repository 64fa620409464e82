// POST /subscribe, its pieces: reading the two kinds of caller (an HTML form, or fetch with
// JSON), and recording the request. Whatever state the address is in, the caller gets the
// same answer and D1 does the same work, so neither reveals who is subscribed.
import { hitRateLimit, subscribeAddressKey, type RateLimit } from "../db/rate-limits";
import { requestSubscription, type Subscriber } from "../db/subscribers";
import { describeIssues, z } from "../validation";
import { mediaType, readCappedText } from "./body";

export const SubscribeInput = z.object({
  email: z.pipe(
    z.string({ error: "email is required" }).check(z.trim(), z.toLowerCase(), z.maxLength(254, "An email address has at most 254 characters.")),
    z.email("Enter a valid email address, like name@example.com.").check(
      z.refine(fitsMailLimits, "This address is longer than mail allows (at most 64 characters before the @, 63 in each part of the domain)."),
    ),
  ),
  // The honeypot: hidden from people, filled in by naive bots.
  website: z.optional(z.string()),
});
export type SubscribeInput = z.infer<typeof SubscribeInput>;

/** RFC 5321's limits, which no mail system goes beyond: a local part of 64 octets, domain labels of 63. */
function fitsMailLimits(address: string): boolean {
  const at = address.lastIndexOf("@");
  const encoder = new TextEncoder();
  return encoder.encode(address.slice(0, at)).length <= 64 && address.slice(at + 1).split(".").every((label) => label.length <= 63);
}

export type Caller = "form" | "json";

export type SubscribeRequest =
  | { ok: true; caller: Caller; input: SubscribeInput }
  | { ok: false; caller: Caller; status: 400 | 413 | 415; error: string; message: string; email?: string };

export const MAX_SUBSCRIBE_BYTES = 4 * 1024;
/** Generous enough for a household or an office behind one address. */
export const PER_IP_LIMIT: RateLimit = { limit: 30, windowSeconds: 60 * 60 };
/** At most one confirmation email per address per window, however often it is asked for. */
export const PER_ADDRESS_LIMIT: RateLimit = { limit: 1, windowSeconds: 10 * 60 };

const FORM_TYPES = new Set(["application/x-www-form-urlencoded", "multipart/form-data"]);

/** Reads and validates a subscribe request: 415 for other media types, 413 past the cap, 400 for bad fields. */
export async function readSubscribeRequest(request: Request): Promise<SubscribeRequest> {
  const type = mediaType(request);
  const wantsHtml = (request.headers.get("accept") ?? "").includes("text/html");
  const caller: Caller = FORM_TYPES.has(type) || (type !== "application/json" && wantsHtml) ? "form" : "json";
  if (type !== "application/json" && !FORM_TYPES.has(type)) {
    const message = "Send the form as application/x-www-form-urlencoded or multipart/form-data, or JSON as application/json.";
    return { ok: false, caller, status: 415, error: "unsupported_media_type", message };
  }
  const body = await readCappedText(request, MAX_SUBSCRIBE_BYTES);
  if (!body.ok) return { ok: false, caller, status: 413, error: "too_large", message: `A subscribe request may be at most ${MAX_SUBSCRIBE_BYTES} bytes.` };
  const fields = caller === "json" ? parseJsonObject(body.text) : await parseForm(request, body.text);
  if (!fields) return { ok: false, caller, status: 400, error: "invalid_body", message: "The body is not a JSON object." };
  const parsed = SubscribeInput.safeParse(fields);
  if (parsed.success) return { ok: true, caller, input: parsed.data };
  const email = typeof fields.email === "string" ? fields.email.slice(0, 254) : undefined;
  return { ok: false, caller, status: 400, error: "invalid_input", message: describeIssues(parsed.error), ...(email ? { email } : {}) };
}

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

async function parseForm(request: Request, text: string): Promise<Record<string, unknown>> {
  if (mediaType(request) === "application/x-www-form-urlencoded") return Object.fromEntries(new URLSearchParams(text));
  const form = await new Request(request.url, { method: "POST", headers: { "content-type": request.headers.get("content-type") ?? "" }, body: text }).formData().catch(() => undefined);
  const fields: Record<string, unknown> = {};
  form?.forEach((value, key) => {
    if (typeof value === "string") fields[key] = value;
  });
  return fields;
}

/**
 * Records a subscribe request for `email` and says whether to send a confirmation now:
 * only for a pending address that has not had one within PER_ADDRESS_LIMIT. Active and
 * suppressed addresses are never mailed from here.
 */
export async function recordSubscribeRequest(db: D1Database, email: string, now: Date): Promise<Subscriber | undefined> {
  const addressLimit = await hitRateLimit(db, subscribeAddressKey(email), PER_ADDRESS_LIMIT, now);
  const subscriber = await requestSubscription(db, email, now);
  return subscriber.status === "pending" && addressLimit.allowed ? subscriber : undefined;
}
