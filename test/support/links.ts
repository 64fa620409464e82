// Link tokens for tests, minted the way the worker mints them: bound to the row's link key.
// And the unversioned (v1) format that emails sent before migration 0007 carry.
import { env } from "cloudflare:test";
import { hmac, toBase64Url } from "../../src/crypto";
import { signSubscriberToken, type TokenClaims } from "../../src/tokens";

type LinkPurpose = "confirm" | "unsubscribe" | "preferences";

/** A v2 token for the subscriber as the row stands now. */
export async function subscriberToken(purpose: LinkPurpose, id: number, extra: Pick<TokenClaims, "exp" | "ver"> = {}, secret = env.TOKEN_SECRET): Promise<string> {
  const row = await env.DB.prepare("SELECT link_key FROM subscribers WHERE id = ?1").bind(id).first<{ link_key: string }>();
  return signSubscriberToken(secret, purpose, { id, linkKey: row?.link_key ?? "no-such-row" }, extra);
}

/** A token in the pre-0007 format: payload "." HMAC(purpose "." payload), bound to the id alone. */
export async function legacyToken(purpose: LinkPurpose, claims: TokenClaims, secret = env.TOKEN_SECRET): Promise<string> {
  const payload = toBase64Url(new TextEncoder().encode(JSON.stringify(claims)));
  return `${payload}.${toBase64Url(await hmac(secret, `${purpose}.${payload}`))}`;
}
