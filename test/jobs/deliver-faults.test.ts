// Delivery under faults injected only in the Resend fake: 429 storms, quotas, hung calls,
// crashes, dead letters and the 24 h idempotency edge. Time is the fake Date clock (only Date is
// faked: D1, timers and AbortSignal stay real), so a 60 s storm or a 10-minute lease costs no
// real waiting; the consumer, the sweeper and the fake all read the same clock.
import { createExecutionContext, createMessageBatch, createScheduledController, env, getQueueResult, waitOnExecutionContext } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import worker from "../../src/index";
import { arrange, consume, deliveryEnv, emailsTo, findChunk, setupResend, type Queued } from "./deliver-support";

// Ahead of the real clock, and only ever moving forward: the worker's pacer remembers times.
let clock = Date.now() + 365 * 24 * 3_600_000;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  clock += 7 * 24 * 3_600_000;
  vi.setSystemTime(clock);
});
afterEach(async () => {
  vi.useRealTimers();
  // Each test's readers are its own: the next test's edition must not fan out to them.
  await env.DB.prepare("UPDATE subscribers SET status = 'unsubscribed' WHERE status = 'active'").run();
});

function advance(ms: number): void {
  clock += ms;
  vi.setSystemTime(clock);
}

/** A cron tick at the fake clock's now, with the test's env (and so its recorded queue). */
async function cronTick(runEnv: Env): Promise<void> {
  vi.spyOn(console, "error").mockImplementation(() => undefined);
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ scheduledTime: clock, cron: "*/15 * * * *" }), runEnv, ctx);
  await waitOnExecutionContext(ctx);
}

/** Consumes what was queued (after its delay), until nothing is left; returns the rounds it took. */
async function drain(runEnv: Env, queued: Queued[], editionId: number, limit = 200): Promise<{ rounds: number; retried: number }> {
  let rounds = 0;
  let retried = 0;
  while (queued.length > 0 && rounds < limit) {
    const batch = queued.splice(0).filter((item) => item.body.editionId === editionId);
    advance(Math.max(0, ...batch.map((item) => item.delaySeconds)) * 1000);
    retried += (await consume(runEnv, editionId, [...new Set(batch.map((item) => item.body.chunk))])).retried;
    rounds++;
  }
  return { rounds, retried };
}

describe("delivery under faults", { timeout: 30_000 }, () => {
  it("rides out a 60 s 429 storm: every reader once, no retry spent, no failure counted", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const resend = setupResend();
    const { subscribers, editionId, chunks, mine } = await arrange(130);
    const run = deliveryEnv();
    const stormStart = clock;
    resend.failUntil(stormStart + 60_000, { type: "rate_limit", retryAfterSeconds: 4 });
    expect(await consume(run.env, editionId, chunks)).toMatchObject({ acked: 2, retried: 0 });
    const { retried } = await drain(run.env, run.queued, editionId);
    expect(retried).toBe(0);
    expect(clock - stormStart).toBeGreaterThanOrEqual(60_000);
    expect(resend.calls.filter((call) => call.status === 429).length).toBeGreaterThanOrEqual(15);
    expect(emailsTo(resend, subscribers)).toHaveLength(130);
    expect(new Set(emailsTo(resend, subscribers).map((email) => email.to[0])).size).toBe(130);
    for (const row of await mine()) expect(row).toMatchObject({ status: "sent", attempts: 1 });
    for (const chunk of chunks) expect(await findChunk(editionId, chunk)).toMatchObject({ failures: 0, uncertain: 0, waiting: null });
  });

  it("pauses on a quota 429, shows it, and resumes by itself from the cron after the reset", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const resend = setupResend();
    const { subscribers, editionId, chunks } = await arrange(3);
    const run = deliveryEnv();
    resend.failUntil(clock + 90 * 60_000, { type: "quota", name: "daily_quota_exceeded" });
    await consume(run.env, editionId, chunks);
    const status = await adminStatus();
    expect(status.paused).toBe(true);
    expect(status.editions.find((edition) => edition.editionId === editionId)).toMatchObject({ waitingQuota: 3, delivered: 0, failed: 0 });
    advance(30 * 60_000);
    await cronTick(run.env);
    expect(run.queued.filter((item) => item.body.editionId === editionId)).toHaveLength(0);
    advance(31 * 60_000);
    await cronTick(run.env);
    expect(run.queued.map((item) => item.body)).toContainEqual({ kind: "deliver", editionId, chunk: chunks[0] });
    await drain(run.env, run.queued, editionId);
    expect(emailsTo(resend, subscribers)).toHaveLength(0);
    advance(61 * 60_000);
    await cronTick(run.env);
    await drain(run.env, run.queued, editionId);
    expect(emailsTo(resend, subscribers)).toHaveLength(3);
    expect((await adminStatus()).editions.find((edition) => edition.editionId === editionId)).toMatchObject({ delivered: 3, waitingQuota: 0 });
  });

  it("times out a hung call without holding the other chunk, and retries it under the same key", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const resend = setupResend();
    const { subscribers, editionId, chunks, mine } = await arrange(150);
    const run = deliveryEnv({ RESEND_TIMEOUT_MS: "300" });
    // The hang outlasts the test's own timeout: only the client's 300 ms timeout can end the batch.
    resend.failNext({ type: "hang", maxMs: 600_000 });
    expect(await consume(run.env, editionId, chunks)).toMatchObject({ acked: 1, retried: 1, retryOptions: { delaySeconds: 5 } });
    expect(emailsTo(resend, subscribers)).toHaveLength(50);
    const hung = chunks[0] ?? 0;
    expect(await findChunk(editionId, hung)).toMatchObject({ failures: 1, uncertain: 1 });
    expect((await findChunk(editionId, hung))?.last_error).toContain("timed out after 300 ms");
    await consume(run.env, editionId, [hung], 2);
    expect(emailsTo(resend, subscribers)).toHaveLength(150);
    const keys = resend.calls.filter((call) => call.idempotencyKey === `edition-${editionId}-chunk-${hung}`);
    expect(keys).toHaveLength(2);
    expect((await mine()).every((row) => row.status === "sent")).toBe(true);
  });

  it("sweeps a chunk a crash left 'sending' after Resend accepted it: delivered once, under the same key", async () => {
    const resend = setupResend();
    const { subscribers, editionId, chunks, mine } = await arrange(3);
    const run = deliveryEnv();
    await consume(run.env, editionId, chunks);
    const firstIds = (await mine()).map((row) => row.provider_message_id);
    // D1 as a crash left it: recipients fixed and handed to Resend, the answer never recorded, the message lost.
    await env.DB.prepare("UPDATE deliveries SET status = 'sending', provider_message_id = NULL WHERE edition_id = ?1").bind(editionId).run();
    advance(5 * 60_000);
    await cronTick(run.env);
    expect(run.queued.filter((item) => item.body.editionId === editionId)).toHaveLength(0);
    advance(6 * 60_000);
    await cronTick(run.env);
    expect(run.queued.filter((item) => item.body.editionId === editionId)).toHaveLength(1);
    await drain(run.env, run.queued, editionId);
    expect(emailsTo(resend, subscribers)).toHaveLength(3);
    expect((await mine()).map((row) => row.provider_message_id)).toEqual(firstIds);
    advance(11 * 60_000);
    await cronTick(run.env);
    expect(run.queued.filter((item) => item.body.editionId === editionId)).toHaveLength(0);
  });

  it("sweeps a chunk whose message was lost before its first run", async () => {
    const resend = setupResend();
    const { subscribers, editionId } = await arrange(2);
    const run = deliveryEnv();
    advance(11 * 60_000);
    await cronTick(run.env);
    await drain(run.env, run.queued, editionId);
    expect(emailsTo(resend, subscribers)).toHaveLength(2);
  });

  it("recovers a dead-lettered chunk through the sweeper", async () => {
    const resend = setupResend();
    const { subscribers, editionId, chunks, mine } = await arrange(2);
    const run = deliveryEnv();
    const batch = createMessageBatch("review-digest-dead-letters", [
      { id: "dead-sweep", timestamp: new Date(), attempts: 11, body: { kind: "deliver", editionId, chunk: chunks[0] } },
    ]);
    const ctx = createExecutionContext();
    await worker.queue(batch, run.env);
    expect(await getQueueResult(batch, ctx)).toMatchObject({ explicitAcks: ["dead-sweep"] });
    advance(15 * 60_000);
    await cronTick(run.env);
    expect(run.queued.filter((item) => item.body.editionId === editionId)).toHaveLength(0);
    advance(16 * 60_000);
    await cronTick(run.env);
    await drain(run.env, run.queued, editionId);
    expect(emailsTo(resend, subscribers)).toHaveLength(2);
    expect((await mine()).map((row) => row.status)).toEqual(["sent", "sent"]);
  });

  it("parks a chunk after its failure budget of 5xx, then delivers it from the sweeper", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const resend = setupResend();
    const { subscribers, editionId, chunks } = await arrange(2);
    const run = deliveryEnv();
    resend.failUntil(clock + 60 * 60_000, { type: "status", status: 503, name: "application_error" });
    for (let attempt = 1; attempt <= 10; attempt++) {
      const result = await consume(run.env, editionId, chunks, attempt);
      expect(result).toMatchObject(attempt < 10 ? { retried: 1 } : { acked: 1, retried: 0 });
      advance((result.retryOptions?.delaySeconds ?? 0) * 1000);
    }
    expect(await findChunk(editionId, chunks[0] ?? 0)).toMatchObject({ waiting: "retry", failures: 0 });
    advance(60 * 60_000);
    await cronTick(run.env);
    await drain(run.env, run.queued, editionId);
    expect(emailsTo(resend, subscribers)).toHaveLength(2);
  });

  it("marks a chunk 'unknown', not failed, when its key already sent another payload", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const resend = setupResend();
    const { subscribers, editionId, chunks, mine } = await arrange(2);
    resend.failNext({ type: "drop_response" });
    await consume(deliveryEnv().env, editionId, chunks);
    // The token secret rotated before the retry: other links, so another payload under the same key.
    await consume(deliveryEnv({ TOKEN_SECRET: "rotated-token-secret-0123456789abcdef" }).env, editionId, chunks, 2);
    expect(resend.calls.at(-1)?.status).toBe(409);
    expect((await mine()).map((row) => row.status)).toEqual(["unknown", "unknown"]);
    expect(emailsTo(resend, subscribers)).toHaveLength(2);
  });

  it("marks a chunk 'unknown' at the 24 h edge instead of resending it; the operator then decides", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const resend = setupResend();
    const { subscribers, editionId, chunks, mine } = await arrange(2);
    const run = deliveryEnv();
    resend.failNext({ type: "network" });
    expect(await consume(run.env, editionId, chunks)).toMatchObject({ retried: 1 });
    // The retry message is lost, and nothing runs the chunk for almost a day.
    advance(23 * 3_600_000 + 60_000);
    await cronTick(run.env);
    expect(run.queued.filter((item) => item.body.editionId === editionId)).toHaveLength(0);
    expect((await mine()).map((row) => row.status)).toEqual(["unknown", "unknown"]);
    expect(emailsTo(resend, subscribers)).toHaveLength(0);
    expect((await adminStatus()).editions.find((edition) => edition.editionId === editionId)).toMatchObject({ unknown: 2 });
  });
});

interface StatusBody {
  paused: boolean;
  editions: { editionId: number; delivered: number; waitingQuota: number; unknown: number; failed: number }[];
}

async function adminStatus(): Promise<StatusBody> {
  const response = await worker.fetch(
    new Request("https://digest.test/admin/status", { headers: { authorization: "Bearer test-admin-token-0123456789" } }),
    env,
    createExecutionContext(),
  );
  return (await response.json()) as StatusBody;
}
