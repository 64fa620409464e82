import { createExecutionContext, createMessageBatch, env, getQueueResult } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import worker from "../../src/index";
import { listOutbox } from "../../src/db/outbox";
import { installNetwork } from "../support/network";
import { arrange, consume as consumeIn, deliveryEnv, emailsTo, findChunk, setupResend } from "./deliver-support";

const QUEUE = "review-digest-deliveries";

/** Runs the consumer in an env whose queue is recorded (a rate-limit wait queues a fresh message). */
const consume = (editionId: number, chunks: number[], attempts = 1, runEnv: Env = deliveryEnv().env) => consumeIn(runEnv, editionId, chunks, attempts);

describe("the delivery consumer", () => {
  it("waits out a 429 with a fresh message after its retry-after, spending no retry, then delivers once", async () => {
    const resend = setupResend();
    const { subscribers, editionId, chunks, mine } = await arrange();
    const run = deliveryEnv();
    resend.failNext({ type: "rate_limit", retryAfterSeconds: 1 });
    expect(await consume(editionId, chunks, 1, run.env)).toMatchObject({ acked: 1, retried: 0 });
    expect(run.queued).toEqual([{ body: { kind: "deliver", editionId, chunk: chunks[0] }, delaySeconds: 1 }]);
    expect(await findChunk(editionId, chunks[0] ?? 0)).toMatchObject({ failures: 0, waits: 1, waiting: "rate_limit", uncertain: 0 });
    expect(emailsTo(resend, subscribers)).toHaveLength(0);
    expect(await consume(editionId, chunks, 1, run.env)).toMatchObject({ acked: 1, retried: 0 });
    expect(emailsTo(resend, subscribers)).toHaveLength(3);
    for (const row of await mine()) expect(row).toMatchObject({ status: "sent", attempts: 1, last_error: null });
    expect(await findChunk(editionId, chunks[0] ?? 0)).toMatchObject({ waiting: null, last_error: null });
  });

  it("retries a 500 with backoff, then delivers once", async () => {
    const resend = setupResend();
    const { subscribers, editionId, chunks, mine } = await arrange();
    resend.failNext({ type: "status", status: 500 });
    expect(await consume(editionId, chunks)).toMatchObject({ retried: 1, retryOptions: { delaySeconds: 5 } });
    expect((await mine())[0]).toMatchObject({ status: "sending", attempts: 1 });
    expect((await mine())[0]?.last_error).toContain("temporary");
    await consume(editionId, chunks, 2);
    expect(emailsTo(resend, subscribers)).toHaveLength(3);
    expect((await mine()).map((row) => row.status)).toEqual(["sent", "sent", "sent"]);
  });

  it("sends nothing new when the answer to an accepted batch was lost", async () => {
    const resend = setupResend();
    const { subscribers, editionId, chunks, mine } = await arrange();
    resend.failNext({ type: "drop_response" });
    expect(await consume(editionId, chunks)).toMatchObject({ retried: 1 });
    expect(emailsTo(resend, subscribers)).toHaveLength(3);
    expect(await consume(editionId, chunks, 2)).toMatchObject({ acked: 1 });
    const sent = emailsTo(resend, subscribers);
    expect(sent).toHaveLength(3);
    expect((await mine()).map((row) => row.provider_message_id).sort()).toEqual(sent.map((email) => email.id).sort());
  });

  it("sends nothing new when a crash came after Resend accepted but before D1 recorded it", async () => {
    const resend = setupResend();
    const { subscribers, editionId, chunks, mine } = await arrange();
    await consume(editionId, chunks);
    const firstIds = (await mine()).map((row) => row.provider_message_id);
    // D1 as the crash left it: recipients fixed and handed to Resend, nothing recorded.
    await env.DB.prepare("UPDATE deliveries SET status = 'sending', provider_message_id = NULL WHERE edition_id = ?1").bind(editionId).run();
    expect(await consume(editionId, chunks, 2)).toMatchObject({ acked: 1 });
    expect(emailsTo(resend, subscribers)).toHaveLength(3);
    expect((await mine()).map((row) => row.provider_message_id)).toEqual(firstIds);
    expect(await consume(editionId, chunks, 3)).toMatchObject({ acked: 1 });
    expect(emailsTo(resend, subscribers)).toHaveLength(3);
  });

  it("pauses the chunk on a quota 429 instead of failing it, and queues nothing until the sweeper", async () => {
    const resend = setupResend();
    const { subscribers, editionId, chunks, mine } = await arrange(2);
    const run = deliveryEnv();
    resend.failNext({ type: "quota" });
    expect(await consume(editionId, chunks, 1, run.env)).toMatchObject({ acked: 1, retried: 0 });
    expect(run.queued).toHaveLength(0);
    expect(emailsTo(resend, subscribers)).toHaveLength(0);
    for (const row of await mine()) expect(row.status).toBe("sending");
    const chunk = await findChunk(editionId, chunks[0] ?? 0);
    expect(chunk).toMatchObject({ waiting: "quota", failures: 0 });
    expect(chunk?.last_error).toContain("daily_quota_exceeded");
    expect(Date.parse(chunk?.wait_until ?? "")).toBeGreaterThan(Date.now() + 30 * 60_000);
  });

  it("fails only the recipient Resend refuses, and sends the rest of the chunk", async () => {
    const resend = setupResend();
    const { editionId, chunks, mine, subscribers } = await arrange(2);
    const broken = `broken-${editionId}@@nowhere`;
    await env.DB.prepare("UPDATE subscribers SET email = ?1 WHERE id = ?2").bind(broken, subscribers[0]?.id).run();
    expect(await consume(editionId, chunks)).toMatchObject({ acked: 1, retried: 0 });
    const [bad, good] = await mine();
    expect(bad).toMatchObject({ status: "failed", provider_message_id: null });
    expect(bad?.last_error).toContain("Invalid `to` field");
    expect(good?.status).toBe("sent");
    expect(resend.sentTo(subscribers[1]?.email ?? "")).toHaveLength(1);
    expect(good?.provider_message_id).toBe(resend.sentTo(subscribers[1]?.email ?? "")[0]?.id);
    // This file's D1 is shared: the broken address must not reach later tests' chunks.
    await env.DB.prepare("UPDATE subscribers SET status = 'bounced' WHERE id = ?1").bind(subscribers[0]?.id).run();
  });

  it("skips a subscriber who unsubscribed before the chunk first ran", async () => {
    const resend = setupResend();
    const { subscribers, editionId, chunks, mine } = await arrange(2);
    await env.DB.prepare("UPDATE subscribers SET status = 'unsubscribed' WHERE id = ?1").bind(subscribers[0]?.id).run();
    await consume(editionId, chunks);
    expect(resend.sentTo(subscribers[0]?.email ?? "")).toHaveLength(0);
    expect(resend.sentTo(subscribers[1]?.email ?? "")).toHaveLength(1);
    expect((await mine()).map((row) => row.status)).toEqual(["skipped", "sent"]);
  });

  it("fills each subscriber's own links and one-click headers", async () => {
    const resend = setupResend();
    const { subscribers, editionId, chunks } = await arrange(2);
    await consume(editionId, chunks);
    const [first, second] = emailsTo(resend, subscribers);
    expect(first?.html).not.toBe(second?.html);
    expect(first?.text).toMatch(/Unsubscribe: https:\/\/digest\.test\/unsubscribe\?token=/);
    expect(first?.headers).toMatchObject({ "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
    expect(first?.headers?.["List-Unsubscribe"]).toMatch(/^<https:\/\/digest\.test\/unsubscribe\?token=.+>$/);
    expect(resend.calls.at(-1)?.idempotencyKey).toBe(`edition-${editionId}-chunk-${chunks[0]}`);
  });

  it("acks and logs a malformed message", async () => {
    setupResend();
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const batch = createMessageBatch(QUEUE, [{ id: "bad-1", timestamp: new Date(), attempts: 1, body: { kind: "deliver", editionId: "x" } }]);
    const ctx = createExecutionContext();
    await worker.queue(batch, env);
    expect(await getQueueResult(batch, ctx)).toMatchObject({ explicitAcks: ["bad-1"], retryMessages: [] });
    expect(error.mock.calls[0]?.[0]).toContain("malformed");
  });

  it("keeps mail in the outbox when there is no API key, once per subscriber", async () => {
    const network = installNetwork({});
    const { subscribers, editionId, chunks } = await arrange(2);
    const outboxEnv = { ...env, RESEND_API_KEY: "" };
    await consume(editionId, chunks, 1, outboxEnv);
    await env.DB.prepare("UPDATE deliveries SET status = 'sending' WHERE edition_id = ?1").bind(editionId).run();
    await consume(editionId, chunks, 2, outboxEnv);
    const stored = (await listOutbox(env.DB, 500)).filter((message) => subscribers.some((subscriber) => subscriber.email === message.to));
    expect(stored).toHaveLength(2);
    expect(stored[0]?.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(network.requests).toHaveLength(0);
  });

  it("sends nothing while the settings are invalid, and retries", async () => {
    const resend = setupResend();
    const { subscribers, editionId, chunks } = await arrange(1);
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(await consume(editionId, chunks, 1, { ...env, TOKEN_SECRET: "short" })).toMatchObject({ retried: 1, acked: 0 });
    expect(emailsTo(resend, subscribers)).toHaveLength(0);
  });
});

describe("the dead-letter consumer", () => {
  it("records the message and parks its chunk for the sweeper instead of failing it", async () => {
    const { editionId, chunks, mine } = await arrange(1);
    const batch = createMessageBatch("review-digest-dead-letters", [
      { id: "dead-1", timestamp: new Date(), attempts: 1, body: { kind: "deliver", editionId, chunk: chunks[0] } },
    ]);
    const ctx = createExecutionContext();
    await worker.queue(batch, env);
    expect(await getQueueResult(batch, ctx)).toMatchObject({ explicitAcks: ["dead-1"] });
    const row = await env.DB.prepare("SELECT * FROM dead_letters WHERE body_json LIKE ?1").bind(`%"editionId":${editionId},%`).first<{ queue: string; error: string }>();
    expect(row).toMatchObject({ queue: "review-digest-deliveries" });
    expect((await mine())[0]).toMatchObject({ status: "queued" });
    const chunk = await findChunk(editionId, chunks[0] ?? 0);
    expect(chunk).toMatchObject({ waiting: "retry" });
    expect(Date.parse(chunk?.lease_until ?? "")).toBeGreaterThan(Date.now() + 10 * 60_000);
  });
});
