import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createMailer } from "../../src/mail/mailer";
import type { OutgoingEmail } from "../../src/mail/types";
import { readSettings, type Settings } from "../../src/settings";
import { createFakeResend } from "../support/fake-resend";
import { installNetwork } from "../support/network";

function settings(): Settings {
  const result = readSettings(env);
  if (!result.ok) throw new Error(result.problems.join("; "));
  return result.settings;
}

function email(to: string, subject = "A review"): OutgoingEmail {
  return { from: "Critic <reviews@example.com>", to, subject, html: "<p>Hi</p>", text: "Hi", headers: { "X-Test": "1" } };
}

function setup(options: Parameters<typeof createFakeResend>[0] = {}) {
  const fake = createFakeResend(options);
  installNetwork({ "resend.test": fake.handle });
  return { fake, mailer: createMailer(env, settings()) };
}

describe("the Resend mailer", () => {
  it("sends a batch and returns one provider id per email, with rate-limit info", async () => {
    const { fake, mailer } = setup();
    const outcome = await mailer.sendBatch([email("a@example.com"), email("b@example.com")], { idempotencyKey: "k-batch" });
    expect(outcome).toMatchObject({ ok: true, rateLimit: { limit: 5, remaining: 4 } });
    expect(outcome.ok && outcome.ids).toEqual(fake.sent.map((sent) => sent.id));
    expect(fake.sent.map((sent) => sent.to)).toEqual([["a@example.com"], ["b@example.com"]]);
    expect(fake.sent[0]?.headers).toEqual({ "X-Test": "1" });
  });

  it("sends one email", async () => {
    const { fake, mailer } = setup();
    const outcome = await mailer.send(email("one@example.com"));
    expect(outcome.ok).toBe(true);
    expect(fake.sent).toHaveLength(1);
  });

  it("returns the first answer for a repeated key and payload, sending nothing again", async () => {
    const { fake, mailer } = setup();
    const first = await mailer.sendBatch([email("a@example.com")], { idempotencyKey: "same" });
    const again = await mailer.sendBatch([email("a@example.com")], { idempotencyKey: "same" });
    expect(again).toMatchObject({ ok: true });
    expect(again.ok && again.ids).toEqual(first.ok && first.ids);
    expect(fake.sent).toHaveLength(1);
  });

  it("classifies the same key with another payload as a final idempotency mismatch", async () => {
    const { fake, mailer } = setup();
    await mailer.sendBatch([email("a@example.com")], { idempotencyKey: "k" });
    const outcome = await mailer.sendBatch([email("a@example.com", "changed")], { idempotencyKey: "k" });
    expect(outcome).toMatchObject({ ok: false, kind: "idempotency_mismatch", final: true, status: 409 });
    expect(fake.sent).toHaveLength(1);
  });

  it("classifies a concurrent request with the same key as in progress", async () => {
    const { fake, mailer } = setup({ latencyMs: 50 });
    const [a, b] = await Promise.all([
      mailer.sendBatch([email("a@example.com")], { idempotencyKey: "c" }),
      mailer.sendBatch([email("a@example.com")], { idempotencyKey: "c" }),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect([a, b].find((outcome) => !outcome.ok)).toMatchObject({ kind: "in_progress", final: false });
    expect(fake.sent).toHaveLength(1);
  });

  it("reads retry-after from a 429 rate_limit_exceeded", async () => {
    const { fake, mailer } = setup();
    fake.failNext({ type: "rate_limit", retryAfterSeconds: 3 });
    const outcome = await mailer.send(email("a@example.com"));
    expect(outcome).toMatchObject({ ok: false, kind: "rate_limited", final: false, retryAfterSeconds: 3, status: 429 });
  });

  it("answers 429 itself past five requests in one second", async () => {
    const { mailer } = setup();
    const outcomes = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => mailer.send(email(`r${n}@example.com`))));
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(5);
    expect(outcomes.find((outcome) => !outcome.ok)).toMatchObject({ kind: "rate_limited", retryAfterSeconds: 1 });
  });

  it("classifies quota 429s and validation errors as final", async () => {
    const { fake, mailer } = setup({ dailyQuota: 1 });
    expect(await mailer.sendBatch([email("a@example.com"), email("b@example.com")], { idempotencyKey: "q" })).toMatchObject({
      ok: false,
      kind: "quota",
      final: true,
    });
    const bad = await mailer.send({ ...email("a@example.com"), from: "nobody" });
    expect(bad).toMatchObject({ ok: false, kind: "invalid", final: true, status: 400 });
    expect(!bad.ok && bad.message).toContain("validation_error");
    expect(fake.sent).toHaveLength(0);
  });

  it("sends the valid emails of a batch and lists the refused ones by index", async () => {
    const { fake, mailer } = setup();
    const outcome = await mailer.sendBatch([email("not-an-address"), email("ok@example.com")], { idempotencyKey: "partial" });
    expect(outcome).toMatchObject({ ok: true, rejected: [{ index: 0 }] });
    expect(outcome.ok && outcome.ids).toEqual([fake.sent[0]?.id]);
    expect(fake.sent.map((sent) => sent.to)).toEqual([["ok@example.com"]]);
  });

  it("classifies 5xx and network errors as temporary", async () => {
    const { fake, mailer } = setup();
    fake.failNext({ type: "status", status: 500 }, { type: "network" });
    expect(await mailer.send(email("a@example.com"))).toMatchObject({ ok: false, kind: "temporary", status: 500 });
    expect(await mailer.send(email("a@example.com"))).toMatchObject({ ok: false, kind: "temporary", status: null });
    expect(fake.sent).toHaveLength(0);
  });

  it("classifies a missing or wrong API key as invalid", async () => {
    const fake = createFakeResend({ apiKeys: ["re_other"] });
    installNetwork({ "resend.test": fake.handle });
    const outcome = await createMailer(env, settings()).send(email("a@example.com"));
    expect(outcome).toMatchObject({ ok: false, kind: "invalid", status: 403 });
  });

  it("refuses more than 100 emails in a batch without calling Resend", async () => {
    const { fake, mailer } = setup();
    const many = Array.from({ length: 101 }, (_, n) => email(`r${n}@example.com`));
    expect(await mailer.sendBatch(many, { idempotencyKey: "big" })).toMatchObject({ ok: false, kind: "invalid" });
    expect(fake.calls).toHaveLength(0);
  });
});
