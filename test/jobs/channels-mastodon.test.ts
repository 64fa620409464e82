// Mastodon deliveries through the worker's real queue handler, against a fake instance.
import { describe, expect, it } from "vitest";
import { consume, MASTODON_INSTANCE } from "../support/channels";
import { arrange, fakes, forgetLastAttempt, host } from "../support/channels-social";

describe("Mastodon", () => {
  it("posts one status per review with an Idempotency-Key, within 500 characters, spoiler-free", async () => {
    const { mastodon, network } = await fakes();
    const { runEnv, bodyFor, rows, editionId } = await arrange(2);
    await consume(runEnv, bodyFor("mastodon"));
    expect(mastodon.statuses).toHaveLength(2);
    for (const status of mastodon.statuses) {
      expect(status.status).toContain("KEEP The verdict");
      expect(status.status).not.toContain("LEAK");
      expect(status.spoiler_text).toBe("");
    }
    const keys = network.requests.filter((request) => host(request.url) === host(MASTODON_INSTANCE)).map((request) => request.headers.get("idempotency-key"));
    expect(new Set(keys).size).toBe(2);
    expect(keys[0]).toContain(`e${editionId}-`);
    expect((await rows()).mastodon).toMatchObject({ status: "sent", postsDone: 2 });
  });

  it("after a crash between Mastodon's answer and the D1 write, the retry repeats the key and nothing is posted twice", async () => {
    const { mastodon } = await fakes();
    const { runEnv, editionId, bodyFor, rows } = await arrange(2);
    await consume(runEnv, bodyFor("mastodon"));
    await forgetLastAttempt(editionId, "mastodon");
    await consume(runEnv, bodyFor("mastodon"), 2);
    expect(mastodon.requests).toBe(3);
    expect(mastodon.statuses).toHaveLength(2);
    expect((await rows()).mastodon).toMatchObject({ status: "sent", postsDone: 2 });
  });

  it("past the key's hour, finds the lost status among the account's latest instead of posting it again", async () => {
    const { mastodon, network } = await fakes();
    const { runEnv, editionId, bodyFor, rows, reviews } = await arrange(2);
    await consume(runEnv, bodyFor("mastodon"));
    await forgetLastAttempt(editionId, "mastodon", 90);
    mastodon.expireIdempotencyKeys();
    await consume(runEnv, bodyFor("mastodon"), 2);
    expect(mastodon.statuses).toHaveLength(2);
    expect(mastodon.statuses[1]?.status).toContain(reviews[1]?.link);
    expect(network.requests.map((request) => `${request.method} ${new URL(request.url).pathname}`).slice(2)).toEqual([
      "GET /api/v1/accounts/verify_credentials",
      "GET /api/v1/accounts/109/statuses",
    ]);
    expect((await rows()).mastodon).toMatchObject({ status: "sent", postsDone: 2 });
  });

  it("past the key's hour, posts a status the lookup does not find", async () => {
    const { mastodon } = await fakes();
    const { runEnv, editionId, bodyFor } = await arrange(1);
    await consume(runEnv, bodyFor("mastodon"));
    mastodon.statuses.length = 0;
    mastodon.expireIdempotencyKeys();
    await forgetLastAttempt(editionId, "mastodon", 90);
    await consume(runEnv, bodyFor("mastodon"), 2);
    expect(mastodon.statuses).toHaveLength(1);
  });

  it("stops when X-RateLimit-Remaining reaches 0 and resumes at X-RateLimit-Reset", async () => {
    const { mastodon } = await fakes();
    mastodon.setWindow(1, 90);
    const { runEnv, bodyFor, rows } = await arrange(2);
    const [retry] = (await consume(runEnv, bodyFor("mastodon"))).retried;
    expect(retry?.delaySeconds).toBeGreaterThanOrEqual(89);
    expect(retry?.delaySeconds).toBeLessThanOrEqual(91);
    expect(mastodon.requests).toBe(1);
    expect((await rows()).mastodon).toMatchObject({ status: "queued", postsDone: 1 });
    mastodon.setWindow(300, 300);
    await consume(runEnv, bodyFor("mastodon"), 2);
    expect(mastodon.statuses).toHaveLength(2);
  });

  it("answers a 429 by waiting until X-RateLimit-Reset", async () => {
    const { mastodon } = await fakes();
    mastodon.setWindow(0, 240);
    const { runEnv, bodyFor, rows } = await arrange(1);
    const [retry] = (await consume(runEnv, bodyFor("mastodon"))).retried;
    expect(retry?.delaySeconds).toBeGreaterThanOrEqual(239);
    expect((await rows()).mastodon?.lastError).toContain("Too many requests");
  });
});
