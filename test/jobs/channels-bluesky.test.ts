// Bluesky deliveries through the worker's real queue handler, against a fake PDS.
import { describe, expect, it } from "vitest";
import { consume } from "../support/channels";
import { arrange, fakes, forgetLastAttempt } from "../support/channels-social";

describe("Bluesky", () => {
  it("logs in once, posts spoiler-free records with a link facet, and reuses the session for the next edition", async () => {
    const { bluesky } = await fakes();
    const first = await arrange(2);
    await consume(first.runEnv, first.bodyFor("bluesky"));
    const second = await arrange(1);
    await consume(second.runEnv, second.bodyFor("bluesky"));
    expect(bluesky.calls["com.atproto.server.createSession"]).toBe(1);
    expect(bluesky.records.size).toBe(3);
    const utf8 = new TextEncoder();
    for (const { value } of bluesky.records.values()) {
      expect(value.text).not.toContain("LEAK");
      const facet = value.facets?.[0];
      const covered = new TextDecoder().decode(utf8.encode(value.text).slice(facet?.index.byteStart, facet?.index.byteEnd));
      expect(value.text.endsWith(covered)).toBe(true);
      expect(facet?.features[0]?.uri).toMatch(/^https:\/\/medium\.com\/@jefflight\/review-/);
    }
    expect((await second.rows()).bluesky).toMatchObject({ status: "sent", postsDone: 1 });
  });

  it("refreshes an expired session with the refreshJwt, and logs in again when that is revoked too", async () => {
    const { bluesky } = await fakes();
    const warmup = await arrange(1);
    await consume(warmup.runEnv, warmup.bodyFor("bluesky"));
    bluesky.expireAccessTokens();
    const expired = await arrange(1);
    await consume(expired.runEnv, expired.bodyFor("bluesky"));
    expect(bluesky.calls).toMatchObject({ "com.atproto.server.createSession": 1, "com.atproto.server.refreshSession": 1 });
    bluesky.expireAccessTokens();
    bluesky.revokeRefreshTokens();
    const revoked = await arrange(1);
    await consume(revoked.runEnv, revoked.bodyFor("bluesky"));
    expect(bluesky.calls).toMatchObject({ "com.atproto.server.createSession": 2, "com.atproto.server.refreshSession": 2 });
    expect(bluesky.records.size).toBe(3);
    expect((await revoked.rows()).bluesky).toMatchObject({ status: "sent" });
  });

  it("after a crash between the PDS's answer and the D1 write, finds the record by its key instead of posting it again", async () => {
    const { bluesky } = await fakes();
    const { runEnv, editionId, bodyFor, rows } = await arrange(2);
    await consume(runEnv, bodyFor("bluesky"));
    await forgetLastAttempt(editionId, "bluesky");
    await consume(runEnv, bodyFor("bluesky"), 2);
    expect(bluesky.records.size).toBe(2);
    expect(bluesky.calls["com.atproto.repo.getRecord"]).toBe(1);
    expect(bluesky.calls["com.atproto.repo.createRecord"]).toBe(2);
    expect((await rows()).bluesky).toMatchObject({ status: "sent", postsDone: 2 });
  });

  it("waits out RateLimitExceeded until ratelimit-reset", async () => {
    const { bluesky } = await fakes();
    bluesky.rateLimit(1, 120);
    const { runEnv, bodyFor, rows } = await arrange(1);
    const [retry] = (await consume(runEnv, bodyFor("bluesky"))).retried;
    expect(retry?.delaySeconds).toBeGreaterThanOrEqual(119);
    expect((await rows()).bluesky?.lastError).toContain("RateLimitExceeded");
    await consume(runEnv, bodyFor("bluesky"), 2);
    expect(bluesky.records.size).toBe(1);
  });

  it("records wrong credentials as failed, naming the settings to check", async () => {
    await fakes();
    const { runEnv, bodyFor, rows } = await arrange(1, { BLUESKY_APP_PASSWORD: "wrong-pass-word-0000" });
    await consume(runEnv, bodyFor("bluesky"));
    expect((await rows()).bluesky).toMatchObject({ status: "failed", lastError: expect.stringContaining("BLUESKY_APP_PASSWORD") });
  });
});
