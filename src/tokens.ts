// Signed, URL-safe tokens for confirmation, unsubscribe and preferences links (and admin sessions).
// Format: base64url(JSON payload) "." base64url(HMAC-SHA256(secret, purpose + "." + payload)).
// The purpose is mixed into the MAC so a token minted for one purpose never passes as another.
import { fromBase64Url, hmac, timingSafeEqualText, toBase64Url } from "./crypto";

export type TokenPurpose = "confirm" | "unsubscribe" | "preferences" | "session";

export interface TokenClaims {
  /** Subject: a subscriber id, or "admin" for sessions. */
  sub: string;
  /** Expiry, ms since epoch. Omitted for links that must work forever (unsubscribe). */
  exp?: number;
  /** The subscriber's token_version when minted: bumping it revokes older tokens. */
  ver?: number;
  /** Extra per-purpose data (e.g. a CSRF secret for sessions). */
  data?: string;
}

export type TokenCheck = { ok: true; claims: TokenClaims } | { ok: false; reason: "malformed" | "forged" | "expired" };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

async function signPayload(secret: string, purpose: TokenPurpose, payload: string): Promise<string> {
  return toBase64Url(await hmac(secret, `${purpose}.${payload}`));
}

/** Signs claims for one purpose. Deterministic: the same claims give the same token. */
export async function signToken(secret: string, purpose: TokenPurpose, claims: TokenClaims): Promise<string> {
  const payload = toBase64Url(encoder.encode(JSON.stringify(claims)));
  return `${payload}.${await signPayload(secret, purpose, payload)}`;
}

/** Verifies a token's signature (in constant time), purpose and expiry. */
export async function verifyToken(
  secret: string,
  purpose: TokenPurpose,
  token: string | undefined,
  now = Date.now(),
): Promise<TokenCheck> {
  if (!token || token.length > 2048) return { ok: false, reason: "malformed" };
  const [payload, signature, ...rest] = token.split(".");
  if (!payload || !signature || rest.length) return { ok: false, reason: "malformed" };
  const expected = await signPayload(secret, purpose, payload);
  if (!(await timingSafeEqualText(signature, expected))) return { ok: false, reason: "forged" };
  const claims = parseClaims(payload);
  if (!claims) return { ok: false, reason: "malformed" };
  if (claims.exp !== undefined && claims.exp < now) return { ok: false, reason: "expired" };
  return { ok: true, claims };
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
    if (typeof record.exp === "number") claims.exp = record.exp;
    if (typeof record.ver === "number") claims.ver = record.ver;
    if (typeof record.data === "string") claims.data = record.data;
    return claims;
  } catch {
    return undefined;
  }
}
