import { env } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import { readSettings } from "../src/settings";

describe("readSettings", () => {
  it("parses the test environment, splitting FEED_URL into a list", () => {
    const result = readSettings({ ...env, FEED_URL: "https://a.test/feed, https://b.test/rss" });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.settings.FEED_URL).toEqual(["https://a.test/feed", "https://b.test/rss"]);
      expect(result.settings.DIGEST_HOUR).toBe(8);
    }
  });

  it("treats an empty RESEND_API_KEY as absent (the outbox mode)", () => {
    const result = readSettings({ ...env, RESEND_API_KEY: "" });
    expect(result.ok && result.settings.RESEND_API_KEY).toBeUndefined();
  });

  it("logs an env's problems once, and not from the quiet read at startup", () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const bad = { ...env, ADMIN_TOKEN: "short" };
      expect(readSettings(bad, { quiet: true }).ok).toBe(false);
      expect(errors).not.toHaveBeenCalled();
      expect(readSettings(bad).ok).toBe(false);
      expect(readSettings(bad).ok).toBe(false);
      expect(errors).toHaveBeenCalledTimes(1);
      expect(String(errors.mock.calls[0]?.[0])).toMatch(/invalid settings: ADMIN_TOKEN: .*16 characters/);
    } finally {
      errors.mockRestore();
    }
  });

  it("names each missing or invalid setting", () => {
    const result = readSettings({ ...env, FROM: "reviews@example.com", PUBLIC_URL: "not a url", ADMIN_TOKEN: "short" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.join("\n")).toMatch(/^FROM: /m);
      expect(result.problems.join("\n")).toMatch(/^PUBLIC_URL: /m);
      expect(result.problems.join("\n")).toMatch(/^ADMIN_TOKEN: .*16 characters/m);
      expect(result.problems).toHaveLength(3);
    }
  });

  it("stores PUBLIC_URL without trailing slashes, so links join with one slash", () => {
    const result = readSettings({ ...env, PUBLIC_URL: "https://digest.example//" });
    expect(result.ok && result.settings.PUBLIC_URL).toBe("https://digest.example");
  });

  it("refuses a DIGEST_HOUR outside 0-23", () => {
    expect(readSettings({ ...env, DIGEST_HOUR: "24" }).ok).toBe(false);
  });
});
