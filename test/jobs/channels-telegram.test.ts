// Telegram deliveries through the worker's real queue handler, against a fake Bot API.
import { describe, expect, it } from "vitest";
import { consume, TELEGRAM_API } from "../support/channels";
import { arrange, fakes, forgetLastAttempt, host } from "../support/channels-social";

describe("Telegram", () => {
  it("sends one HTML message per review, spoilers only inside <tg-spoiler>", async () => {
    const { telegram } = await fakes();
    const { runEnv, bodyFor, rows, reviews } = await arrange(2);
    expect((await consume(runEnv, bodyFor("telegram"))).acked).toHaveLength(1);
    expect(telegram.messages).toHaveLength(2);
    for (const [index, message] of telegram.messages.entries()) {
      expect(message.parse_mode).toBe("HTML");
      expect(message.text).toContain(`href="${reviews[index]?.link}"`);
      const outside = message.text.replace(/<tg-spoiler>[\s\S]*?<\/tg-spoiler>/g, "");
      expect(outside).not.toContain("LEAK");
      expect(outside).toContain("KEEP The verdict");
      expect(message.text).toMatch(/<tg-spoiler>[^<]*LEAK The top keeps spinning/);
    }
    expect((await rows()).telegram).toMatchObject({ status: "sent", attempts: 1, postsDone: 2 });
  });

  it("waits out a 429's parameters.retry_after, then resumes after the last message Telegram confirmed", async () => {
    const { telegram, network } = await fakes();
    let calls = 0;
    network.route(host(TELEGRAM_API), (request) => {
      calls += 1;
      if (calls === 2) telegram.floodControl(1, 17);
      return telegram.handle(request);
    });
    const { runEnv, bodyFor, rows } = await arrange(3);
    expect((await consume(runEnv, bodyFor("telegram"))).retried).toEqual([{ body: bodyFor("telegram")[0], delaySeconds: 17 }]);
    expect((await rows()).telegram).toMatchObject({ status: "queued", postsDone: 1, lastError: expect.stringContaining("retry after 17") });
    expect((await consume(runEnv, bodyFor("telegram"), 2)).acked).toHaveLength(1);
    expect(telegram.messages).toHaveLength(3);
    expect((await rows()).telegram).toMatchObject({ status: "sent", postsDone: 3 });
  });

  it("keeps a delivery that made progress before a 429 alive even on the queue's last counted attempt", async () => {
    const { telegram, network } = await fakes();
    let calls = 0;
    network.route(host(TELEGRAM_API), (request) => {
      calls += 1;
      if (calls === 2) telegram.floodControl(1, 5);
      return telegram.handle(request);
    });
    const { runEnv, bodyFor, rows } = await arrange(2);
    expect((await consume(runEnv, bodyFor("telegram"), 6)).retried).toHaveLength(1);
    expect((await rows()).telegram).toMatchObject({ status: "queued", postsDone: 1 });
    await consume(runEnv, bodyFor("telegram"), 7);
    expect((await rows()).telegram).toMatchObject({ status: "sent", postsDone: 2 });
  });

  it("after a crash between Telegram's answer and the D1 write, sends that message again (Telegram has no idempotency key)", async () => {
    const { telegram } = await fakes();
    const { runEnv, editionId, bodyFor } = await arrange(1);
    await consume(runEnv, bodyFor("telegram"));
    await forgetLastAttempt(editionId, "telegram");
    await consume(runEnv, bodyFor("telegram"), 2);
    expect(telegram.messages).toHaveLength(2);
    expect(telegram.messages[1]).toEqual(telegram.messages[0]);
  });

  it("records a wrong token as failed, without retrying, and never writes the token into the error", async () => {
    await fakes();
    const { runEnv, bodyFor, rows } = await arrange(1, { TELEGRAM_BOT_TOKEN: "999:wrong-token" });
    expect((await consume(runEnv, bodyFor("telegram"))).retried).toEqual([]);
    const row = (await rows()).telegram;
    expect(row).toMatchObject({ status: "failed", lastError: expect.stringContaining("Unauthorized") });
    expect(row?.lastError).not.toContain("wrong-token");
  });
});
