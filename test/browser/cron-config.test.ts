// Workers cannot read their own cron triggers, so the console keeps a copy of the poll's
// schedule; this keeps that copy equal to wrangler.toml's.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { POLL_CRON } from "../../src/http/console/cron";

it("the console's POLL_CRON is the first cron in wrangler.toml", () => {
  const toml = readFileSync(path.resolve(import.meta.dirname, "../../wrangler.toml"), "utf8");
  const crons = /^crons\s*=\s*\[\s*"([^"]+)"/m.exec(toml)?.[1];
  expect(crons).toBe(POLL_CRON);
});
