// Small Web Crypto helpers shared by tokens, webhook signatures and sessions.
// They run unchanged in workerd and Node >= 20.

const encoder = new TextEncoder();

export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let out = "";
  for (const byte of view) out += byte.toString(16).padStart(2, "0");
  return out;
}

// Bytes go to String.fromCharCode a slice at a time (one native call each, not one per byte: a
// fan-out chunk encodes ~400 tokens and signatures), below any engine's argument limit.
const CHARACTERS_PER_CALL = 8192;

/** Standard base64 (with + and /, padded), as Standard Webhooks signatures are written. */
export function toBase64(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let binary = "";
  for (let start = 0; start < view.length; start += CHARACTERS_PER_CALL) {
    // apply, not spread: a typed array is read as an array-like, without the iterator protocol.
    binary += String.fromCharCode.apply(null, view.subarray(start, start + CHARACTERS_PER_CALL) as unknown as number[]);
  }
  return btoa(binary);
}

export function toBase64Url(bytes: ArrayBuffer | Uint8Array): string {
  return toBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  return fromBase64(text.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((text.length + 3) % 4));
}

// Keys for string secrets (a handful per isolate) are imported once: a fan-out chunk signs
// two tokens per subscriber, and importKey costs about as much as the HMAC itself.
const importedKeys = new Map<string, Promise<CryptoKey>>();

function importHmacKey(secret: string | Uint8Array, hash: "SHA-256" | "SHA-1"): Promise<CryptoKey> {
  const load = (raw: Uint8Array) => crypto.subtle.importKey("raw", raw, { name: "HMAC", hash }, false, ["sign", "verify"]);
  if (typeof secret !== "string") return load(secret);
  const cacheKey = `${hash}:${secret}`;
  let key = importedKeys.get(cacheKey);
  if (!key) {
    key = load(encoder.encode(secret));
    importedKeys.set(cacheKey, key);
  }
  return key;
}

/** HMAC of `message` with `secret`, as raw bytes. */
export async function hmac(
  secret: string | Uint8Array,
  message: string,
  hash: "SHA-256" | "SHA-1" = "SHA-256",
): Promise<Uint8Array> {
  const key = await importHmacKey(secret, hash);
  return new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(message)));
}

/**
 * Compares two strings in constant time (for their length): both are HMAC-ed with a
 * random key first, so the comparison leaks nothing about where they differ.
 */
export async function timingSafeEqualText(a: string, b: string): Promise<boolean> {
  const key = crypto.getRandomValues(new Uint8Array(32));
  const [left, right] = await Promise.all([hmac(key, a), hmac(key, b)]);
  let diff = 0;
  for (let i = 0; i < left.length; i++) diff |= (left[i] ?? 0) ^ (right[i] ?? 0);
  return diff === 0;
}

/** Verifies `expectedHex` is the HMAC of `message`, in constant time. */
export async function verifyHmacHex(
  secret: string | Uint8Array,
  message: string,
  expectedHex: string,
  hash: "SHA-256" | "SHA-1" = "SHA-256",
): Promise<boolean> {
  const actual = toHex(await hmac(secret, message, hash));
  return timingSafeEqualText(actual, expectedHex.toLowerCase());
}

export function randomToken(bytes = 32): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** The headers of a Standard Webhooks message (Resend sends them as svix-id, svix-timestamp, svix-signature). */
export interface StandardWebhookHeaders {
  id: string;
  timestamp: string;
  signature: string;
}

const WEBHOOK_TOLERANCE_SECONDS = 5 * 60;

/**
 * Standard Webhooks verification, as the standardwebhooks package does it (its tests sign with
 * it): the secret is base64 after "whsec_"; the signature list holds "v1,<base64 HMAC-SHA256 of
 * id.timestamp.body>" entries, compared in constant time; the timestamp is within five minutes of
 * `nowMs`. Web Crypto does the HMAC, so the worker bundles no SHA-256 or base64 code of its own.
 */
export async function verifyStandardWebhook(secret: string, body: string, headers: StandardWebhookHeaders, nowMs = Date.now()): Promise<boolean> {
  if (!headers.id || !headers.timestamp || !headers.signature) return false;
  const key = fromBase64(secret.startsWith("whsec_") ? secret.slice("whsec_".length) : secret);
  if (!key || key.length === 0) return false;
  const seconds = Number.parseInt(headers.timestamp, 10);
  const now = Math.floor(nowMs / 1000);
  if (Number.isNaN(seconds) || now - seconds > WEBHOOK_TOLERANCE_SECONDS || seconds > now + WEBHOOK_TOLERANCE_SECONDS) return false;
  const expected = toBase64(await hmac(key, `${headers.id}.${seconds}.${body}`));
  let matched = false;
  // Every v1 entry is compared (no early exit), so the time taken says nothing about which matched.
  for (const entry of headers.signature.split(" ")) {
    const [version, signature] = entry.split(",");
    if (version === "v1" && signature !== undefined && (await timingSafeEqualText(signature, expected))) matched = true;
  }
  return matched;
}

/** Standard base64 → bytes; undefined for anything else. */
function fromBase64(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined;
  try {
    return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}
