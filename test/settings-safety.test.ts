import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { readSettings } from "../src/settings";
import { SECRET_MINIMUMS } from "../src/settings-safety";

// A deployed worker: no LOCAL_DEV, a real public URL, a real sender, real-looking secrets.
const production = {
  ...env,
  LOCAL_DEV: "",
  PUBLIC_URL: "https://review-digest.operator.workers.dev",
  FROM: "Jeff Light Reviews <reviews@jefflight.net>",
  RESEND_API_KEY: "re_AbCdEf12_3456789012345678901234",
};

const problemsOf = (overrides: Partial<Env>) => {
  const result = readSettings({ ...production, ...overrides });
  return result.ok ? [] : result.problems;
};

describe("production settings", () => {
  it("accepts a real configuration", () => {
    expect(problemsOf({})).toEqual([]);
  });

  it("refuses a localhost PUBLIC_URL, naming the setting and the fix", () => {
    for (const url of ["http://localhost:8787", "http://127.0.0.1:8787", "http://[::1]:8787", "http://digest.localhost"]) {
      expect(problemsOf({ PUBLIC_URL: url })).toEqual([expect.stringMatching(/^PUBLIC_URL is .*local address.*npm run setup/)]);
    }
  });

  it("refuses a sender on example.com, .org or .net", () => {
    for (const from of ["Reviews <reviews@example.com>", "Reviews <a@mail.example.org>", "Reviews <a@example.net>"]) {
      expect(problemsOf({ FROM: from })).toEqual([expect.stringMatching(/^FROM is .*verified at Resend/)]);
    }
    expect(problemsOf({ FROM: "Reviews <a@notexample.com>" })).toEqual([]);
  });

  it("refuses any secret shorter than its minimum, or a placeholder", () => {
    expect(problemsOf({ PUBLISH_SECRET: "short-secret" })).toEqual([expect.stringMatching(/^PUBLISH_SECRET is 12 characters, at least 16 .*wrangler secret put PUBLISH_SECRET/)]);
    expect(problemsOf({ RESEND_WEBHOOK_SECRET: "whsec_abc" })).toEqual([expect.stringMatching(/^RESEND_WEBHOOK_SECRET is 9 characters/)]);
    for (const placeholder of ["generate", "CHANGE_ME", "changeme-changeme-changeme", "xxxxxxxxxxxxxxxxxxxx", "secret"]) {
      expect(problemsOf({ JSON_WEBHOOK_SECRET: placeholder })).toEqual([expect.stringMatching(/^JSON_WEBHOOK_SECRET is a placeholder/)]);
    }
  });

  it("names every problem at once", () => {
    const problems = problemsOf({ PUBLIC_URL: "http://localhost:8787", FROM: "R <r@example.com>", TELEGRAM_BOT_TOKEN: "generate" });
    expect(problems.map((problem) => problem.split(" ")[0])).toEqual(["TELEGRAM_BOT_TOKEN", "PUBLIC_URL", "FROM"]);
  });

  it("locally allows the embedded defaults but still refuses a weak generated secret", () => {
    const local = { ...env, LOCAL_DEV: "true", PUBLIC_URL: "http://localhost:8787", FROM: "R <r@example.com>", RESEND_API_KEY: "re_short" };
    expect(readSettings(local).ok).toBe(true);
    const weak = readSettings({ ...local, PUBLISH_SECRET: "generate" });
    expect(weak.ok ? [] : weak.problems).toEqual([expect.stringMatching(/^PUBLISH_SECRET is a placeholder/)]);
  });

  it("gives every secret a minimum length of at least 16", () => {
    expect(Object.values(SECRET_MINIMUMS).every((minimum) => minimum >= 16)).toBe(true);
  });
});
