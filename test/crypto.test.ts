import { describe, expect, it } from "vitest";
import { fromBase64Url, hmac, timingSafeEqualText, toBase64Url, toHex, verifyHmacHex } from "../src/crypto";

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
