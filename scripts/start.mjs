#!/usr/bin/env node
// `npm start`: run the worker locally on embedded defaults, from a fresh clone, offline.
//  1. create .dev.vars from .dev.vars.example on first run, with random secrets;
//  2. apply the D1 migrations to the local SQLite database (.wrangler/state);
//  3. run `wrangler dev` on PORT (default 8787) with the scheduled-test route enabled.
// With no RESEND_API_KEY, mail goes to the local outbox: GET /admin/outbox.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const wrangler = path.join(root, "node_modules", "wrangler", "bin", "wrangler.js");
const port = process.env.PORT ?? "8787";

function ensureDevVars() {
  const target = path.join(root, ".dev.vars");
  if (existsSync(target)) return readFileSync(target, "utf8");
  const example = readFileSync(path.join(root, ".dev.vars.example"), "utf8");
  const filled = example.replace(/=generate$/gm, () => `=${randomBytes(24).toString("base64url")}`);
  writeFileSync(target, filled, { mode: 0o600 });
  console.log("start: created .dev.vars with fresh local secrets (edit it to change settings)");
  return filled;
}

function readVar(vars, name) {
  return new RegExp(`^${name}=(.*)$`, "m").exec(vars)?.[1]?.trim() ?? "";
}

const vars = ensureDevVars();
const migrate = spawnSync(process.execPath, [wrangler, "d1", "migrations", "apply", "DB", "--local"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, CI: "true" },
});
if (migrate.status !== 0) {
  console.error("start: applying the local D1 migrations failed (see above)");
  process.exit(migrate.status ?? 1);
}

console.log(`start: review-digest on http://localhost:${port}`);
console.log(`start: console http://localhost:${port}/admin  (ADMIN_TOKEN is in .dev.vars: ${readVar(vars, "ADMIN_TOKEN")})`);
if (!readVar(vars, "RESEND_API_KEY")) console.log("start: no RESEND_API_KEY, so mail is kept in the local outbox (GET /admin/outbox)");
console.log(`start: trigger the cron with: curl "http://localhost:${port}/cdn-cgi/handler/scheduled"`);

const dev = spawn(process.execPath, [wrangler, "dev", "--port", port, "--ip", "127.0.0.1", "--test-scheduled"], {
  cwd: root,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => dev.kill(signal));
dev.on("exit", (code) => process.exit(code ?? 0));
