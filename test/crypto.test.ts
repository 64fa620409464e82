import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { fromBase64Url, hmac, timingSafeEqualText, toBase64, toBase64Url, toHex, verifyHmacHex, verifyStandardWebhook } from "../src/crypto";

describe("crypto helpers", () => {
  it("computes HMAC-SHA256 as in RFC 4231 test case 2", async () => {
    const mac = await hmac("Jefe", "what do ya want for nothing?");
    expect(toHex(mac)).toBe("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  });

  it("verifies a hex HMAC case-insensitively and refuses a wrong one", async () => {
    const hex = toHex(await hmac("secret", "body"));
    expect(await verifyHmacHex("secret", "body", hex.toUpperCase())).toBe(true);
    expect(await verifyHmacHex("secret", "body!", hex)).toBe(false);
    expect(await verifyHmacHex("secret", "body", hex.slice(0, -2))).toBe(false);
  });

  it("compares text for equality only", async () => {
    expect(await timingSafeEqualText("abc", "abc")).toBe(true);
    expect(await timingSafeEqualText("abc", "abd")).toBe(false);
    expect(await timingSafeEqualText("abc", "abcd")).toBe(false);
  });

  it("round-trips base64url and rejects other alphabets", () => {
    const bytes = new Uint8Array([0, 251, 255, 62, 63, 1]);
    expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    expect(fromBase64Url("a+b/")).toBeUndefined();
  });

  it("encodes byte arrays of every length, across its 8,192-byte slices, as standard base64url", () => {
    for (const length of [0, 1, 2, 3, 8191, 8192, 8193, 20_000]) {
      const bytes = Uint8Array.from({ length }, (_, index) => (index * 131 + 7) % 256);
      const encoded = toBase64Url(bytes);
      expect(encoded).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(fromBase64Url(encoded)).toEqual(bytes);
      // The same as the platform's own encoder, in the URL alphabet without padding.
      let binary = "";
      for (const byte of bytes) binary += String.fromCharCode(byte);
      expect(encoded).toBe(btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, ""));
    }
  });
});

describe("verifyStandardWebhook, against the standardwebhooks package's own signatures", () => {
  const secret = `whsec_${btoa("a 32-byte secret for the tests!!")}`;
  const body = JSON.stringify({ type: "email.bounced", data: { email_id: "e1" } });
  const at = 1_765_000_000;
  const signed = (id: string, seconds: number, payload = body, key = secret) => new Webhook(key).sign(id, new Date(seconds * 1000), payload);

  it("accepts a signature the package made, with or without the whsec_ prefix, and among other entries", async () => {
    const signature = signed("msg_1", at);
    expect(await verifyStandardWebhook(secret, body, { id: "msg_1", timestamp: String(at), signature }, at * 1000)).toBe(true);
    expect(await verifyStandardWebhook(secret.slice(6), body, { id: "msg_1", timestamp: String(at), signature }, at * 1000)).toBe(true);
    const list = `v1,${btoa("wrong".padEnd(32, "x"))} v2,abc ${signature}`;
    expect(await verifyStandardWebhook(secret, body, { id: "msg_1", timestamp: String(at), signature: list }, at * 1000)).toBe(true);
  });

  it("refuses another body, id, timestamp or secret, a v2-only list, a missing header and a malformed secret", async () => {
    const signature = signed("msg_1", at);
    const check = (overrides: Partial<{ secret: string; body: string; id: string; timestamp: string; signature: string }>) =>
      verifyStandardWebhook(overrides.secret ?? secret, overrides.body ?? body, { id: overrides.id ?? "msg_1", timestamp: overrides.timestamp ?? String(at), signature: overrides.signature ?? signature }, at * 1000);
    expect(await check({ body: `${body} ` })).toBe(false);
    expect(await check({ id: "msg_2" })).toBe(false);
    expect(await check({ timestamp: String(at + 1) })).toBe(false);
    expect(await check({ secret: `whsec_${btoa("another secret, 32 bytes long!!!")}` })).toBe(false);
    expect(await check({ signature: signature.replace("v1,", "v2,") })).toBe(false);
    expect(await check({ signature: "" })).toBe(false);
    expect(await check({ id: "" })).toBe(false);
    expect(await check({ secret: "whsec_not base64!" })).toBe(false);
    expect(await check({ secret: "whsec_" })).toBe(false);
  });

  it("accepts a timestamp up to five minutes either side of now, and refuses one beyond", async () => {
    for (const [offset, ok] of [[-300, true], [300, true], [-301, false], [301, false]] as const) {
      const seconds = at + offset;
      expect(await verifyStandardWebhook(secret, body, { id: "m", timestamp: String(seconds), signature: signed("m", seconds) }, at * 1000), String(offset)).toBe(ok);
    }
  });

  it("writes standard base64 with padding", () => {
    expect([1, 2, 3, 4, 5].map((length) => toBase64(new Uint8Array(length).fill(251)))).toEqual([1, 2, 3, 4, 5].map((length) => btoa(String.fromCharCode(...new Uint8Array(length).fill(251)))));
  });
});
