// Signed, URL-safe tokens for confirmation, unsubscribe and preferences links (and admin sessions).
//
// Format v2: "v2." base64url(JSON claims) "." base64url(HMAC-SHA256(secret, purpose ".v2." payload)).
// Subscriber links carry `key`, the subscription's random link key (subscribers.link_key): it is
// renewed when an unsubscribed address subscribes again and vanishes with an erased row, so a
// link only ever acts on the subscription it was sent to.
//
// Format v1 (before migration 0007): base64url(JSON) "." base64url(HMAC(secret, purpose "." payload)),
// bound to the subscriber id alone. Links already in inboxes are v1; verifyToken still reads them
// and says so, and the subscriber routes accept a v1 link only for a row that existed before the
// migration and has not subscribed again since (subscribers.legacy_links = 1): ids are never reused
// from the migration on, so such a row is still the person the link was sent to.
// The purpose is mixed into the MAC so a token minted for one purpose never passes as another.
import { fromBase64Url, hmac, timingSafeEqualText, toBase64Url } from "./crypto";

export type TokenPurpose = "confirm" | "unsubscribe" | "preferences" | "session";

export interface TokenClaims {
  /** Subject: a subscriber id, or "admin" for sessions. */
  sub: string;
  /** The subscription's link key (v2 subscriber links). */
  key?: string;
  /** Expiry, ms since epoch. Omitted for links that must work forever (unsubscribe). */
  exp?: number;
  /** The subscriber's token_version when minted: bumping it revokes older confirmation links. */
  ver?: number;
  /** Extra per-purpose data (e.g. a CSRF secret for sessions). */
  data?: string;
}

export type TokenVersion = 1 | 2;

export type TokenCheck =
  | { ok: true; claims: TokenClaims; version: TokenVersion }
  | { ok: false; reason: "malformed" | "forged" | "expired" };

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const V2 = "v2";

async function signPayload(secret: string, purpose: TokenPurpose, version: TokenVersion, payload: string): Promise<string> {
  const message = version === 2 ? `${purpose}.${V2}.${payload}` : `${purpose}.${payload}`;
  return toBase64Url(await hmac(secret, message));
}

/** Signs claims for one purpose (v2). Deterministic: the same claims give the same token. */
export async function signToken(secret: string, purpose: TokenPurpose, claims: TokenClaims): Promise<string> {
  const payload = toBase64Url(encoder.encode(JSON.stringify(claims)));
  return `${V2}.${payload}.${await signPayload(secret, purpose, 2, payload)}`;
}

/** A subscriber's link token, bound to the subscription by its link key. */
export function signSubscriberToken(
  secret: string,
  purpose: Exclude<TokenPurpose, "session">,
  subscriber: { id: number; linkKey: string },
  extra: Pick<TokenClaims, "exp" | "ver"> = {},
): Promise<string> {
  return signToken(secret, purpose, { sub: String(subscriber.id), key: subscriber.linkKey, ...extra });
}

function splitToken(token: string): { version: TokenVersion; payload: string; signature: string } | undefined {
  const parts = token.split(".");
  if (parts.length === 3 && parts[0] === V2 && parts[1] && parts[2]) return { version: 2, payload: parts[1], signature: parts[2] };
  if (parts.length === 2 && parts[0] && parts[1]) return { version: 1, payload: parts[0], signature: parts[1] };
  return undefined;
}

/** Verifies a token's signature (in constant time), purpose and expiry; says which format it is. */
export async function verifyToken(
  secret: string,
  purpose: TokenPurpose,
  token: string | undefined,
  now = Date.now(),
): Promise<TokenCheck> {
  if (!token || token.length > 2048) return { ok: false, reason: "malformed" };
  const parts = splitToken(token);
  if (!parts) return { ok: false, reason: "malformed" };
  const expected = await signPayload(secret, purpose, parts.version, parts.payload);
  if (!(await timingSafeEqualText(parts.signature, expected))) return { ok: false, reason: "forged" };
  const claims = parseClaims(parts.payload);
  if (!claims) return { ok: false, reason: "malformed" };
  if (claims.exp !== undefined && claims.exp < now) return { ok: false, reason: "expired" };
  return { ok: true, claims, version: parts.version };
}

function parseClaims(payload: string): TokenClaims | undefined {
  const bytes = fromBase64Url(payload);
  if (!bytes) return undefined;
  try {
    const value: unknown = JSON.parse(decoder.decode(bytes));
    if (typeof value !== "object" || value === null) return undefined;
    const record = value as Record<string, unknown>;
    if (typeof record.sub !== "string") return undefined;
    const claims: TokenClaims = { sub: record.sub };
    if (typeof record.key === "string") claims.key = record.key;
    if (typeof record.exp === "number") claims.exp = record.exp;
    if (typeof record.ver === "number") claims.ver = record.ver;
    if (typeof record.data === "string") claims.data = record.data;
    return claims;
  } catch {
    return undefined;
  }
}
