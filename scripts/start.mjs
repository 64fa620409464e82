#!/usr/bin/env node
// `npm start`: run the worker locally on embedded defaults, from a fresh clone, offline.
//  1. create .dev.vars from .dev.vars.example on first run, with random secrets;
//  2. apply the D1 migrations to the local SQLite database (.wrangler/state), quietly;
//  3. run `wrangler dev` on PORT (default 8787) with the scheduled-test route enabled and
//     LOCAL_DEV=true, which allows the localhost PUBLIC_URL and example.com sender of wrangler.toml.
// With no RESEND_API_KEY, mail goes to the local outbox: GET /admin/outbox.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const wrangler = path.join(root, "node_modules", "wrangler", "bin", "wrangler.js");
const port = process.env.PORT ?? "8787";
const GENERATED = ["ADMIN_TOKEN", "TOKEN_SECRET", "PUBLISH_SECRET", "JSON_WEBHOOK_SECRET"];

function ensureDevVars() {
  const target = path.join(root, ".dev.vars");
  if (existsSync(target)) return readFileSync(target, "utf8");
  const example = readFileSync(path.join(root, ".dev.vars.example"), "utf8");
  const pattern = new RegExp(`^(${GENERATED.join("|")})=(generate)?$`, "gm");
  const filled = example.replace(pattern, (_line, name) => `${name}=${randomBytes(24).toString("base64url")}`);
  writeFileSync(target, filled, { mode: 0o600 });
  console.log("start: created .dev.vars with fresh local secrets");
  return filled;
}

function readVar(vars, name) {
  return new RegExp(`^${name}=(.*)$`, "m").exec(vars)?.[1]?.trim() ?? "";
}

/** Applies pending migrations; wrangler's tables are shown only when something goes wrong. */
function migrateLocalDatabase() {
  const migrate = spawnSync(process.execPath, [wrangler, "d1", "migrations", "apply", "DB", "--local"], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false" },
  });
  if (migrate.status !== 0) {
    process.stdout.write(migrate.stdout);
    process.stderr.write(migrate.stderr);
    console.error("start: applying the local D1 migrations failed (see above)");
    process.exit(migrate.status ?? 1);
  }
  const applied = new Set([...migrate.stdout.matchAll(/(\d{4}_[\w-]+\.sql)\s*│\s*✅/g)].map((match) => match[1]));
  console.log(applied.size ? `start: local D1 migrated (${[...applied].join(", ")})` : "start: local D1 is up to date");
}

const vars = ensureDevVars();
migrateLocalDatabase();

console.log(`start: review-digest on http://localhost:${port}`);
console.log(`start: console http://localhost:${port}/admin  (ADMIN_TOKEN is in .dev.vars: ${readVar(vars, "ADMIN_TOKEN")})`);
if (!readVar(vars, "RESEND_API_KEY")) console.log("start: no RESEND_API_KEY, so mail is kept in the local outbox (GET /admin/outbox)");
console.log(`start: trigger the cron with: curl "http://localhost:${port}/cdn-cgi/handler/scheduled"`);
console.log("start: changes to .dev.vars take effect after a restart of npm start (Ctrl-C, then npm start)");

const devArgs = [wrangler, "dev", "--port", port, "--ip", "127.0.0.1", "--test-scheduled", "--var", "LOCAL_DEV:true"];
// Links point at this port unless .dev.vars names another PUBLIC_URL.
if (!readVar(vars, "PUBLIC_URL")) devArgs.push("--var", `PUBLIC_URL:http://localhost:${port}`);
const dev = spawn(process.execPath, devArgs, { cwd: root, stdio: "inherit", env: { ...process.env, WRANGLER_SEND_METRICS: "false" } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => dev.kill(signal));
dev.on("exit", (code) => process.exit(code ?? 0));
