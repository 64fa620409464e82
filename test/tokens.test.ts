import { describe, expect, it } from "vitest";
import { hmac, toBase64Url } from "../src/crypto";
import { signToken, verifyToken } from "../src/tokens";

const secret = "a-test-secret-of-some-length";

describe("signed tokens", () => {
  it("round-trips claims for the purpose they were signed for", async () => {
    const token = await signToken(secret, "unsubscribe", { sub: "42", key: "k", ver: 1 });
    expect(token.startsWith("v2.")).toBe(true);
    expect(await verifyToken(secret, "unsubscribe", token)).toEqual({ ok: true, version: 2, claims: { sub: "42", key: "k", ver: 1 } });
  });

  it("is deterministic, so a retried send carries the same link", async () => {
    expect(await signToken(secret, "unsubscribe", { sub: "7" })).toBe(await signToken(secret, "unsubscribe", { sub: "7" }));
  });

  it("refuses a token signed for another purpose", async () => {
    const token = await signToken(secret, "confirm", { sub: "42" });
    expect(await verifyToken(secret, "unsubscribe", token)).toEqual({ ok: false, reason: "forged" });
  });

  it("refuses a token whose payload was edited to another subscriber", async () => {
    const token = await signToken(secret, "unsubscribe", { sub: "42" });
    const [, , signature] = token.split(".");
    const other = await signToken(secret, "unsubscribe", { sub: "43" });
    const forged = `v2.${other.split(".")[1]}.${signature}`;
    expect(await verifyToken(secret, "unsubscribe", forged)).toEqual({ ok: false, reason: "forged" });
  });

  it("refuses a token signed with another secret", async () => {
    const token = await signToken("another-secret-entirely", "unsubscribe", { sub: "42" });
    expect((await verifyToken(secret, "unsubscribe", token)).ok).toBe(false);
  });

  it("refuses an expired token", async () => {
    const token = await signToken(secret, "confirm", { sub: "42", exp: 1_000 });
    expect(await verifyToken(secret, "confirm", token, 2_000)).toEqual({ ok: false, reason: "expired" });
    expect((await verifyToken(secret, "confirm", token, 500)).ok).toBe(true);
  });

  it.each(["", "abc", "a.b.c", "!!!.???", "e30.", `${"x".repeat(3000)}.y`])("calls %j malformed or forged", async (token) => {
    const result = await verifyToken(secret, "confirm", token);
    expect(result.ok).toBe(false);
  });

  it("reads a v1 token (sent before migration 0007) and says it is v1; a v1 signature never passes as v2", async () => {
    const payload = toBase64Url(new TextEncoder().encode(JSON.stringify({ sub: "42" })));
    const v1 = `${payload}.${toBase64Url(await hmac(secret, `unsubscribe.${payload}`))}`;
    expect(await verifyToken(secret, "unsubscribe", v1)).toEqual({ ok: true, version: 1, claims: { sub: "42" } });
    expect(await verifyToken(secret, "unsubscribe", `v2.${v1}`)).toEqual({ ok: false, reason: "forged" });
  });
});
