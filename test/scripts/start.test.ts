// `npm start` end to end, as a fresh clone meets it: the project is copied to a temporary
// directory (so the .dev.vars and local D1 it creates stay there), scripts/start.mjs runs, and
// the worker it starts must answer with the generated admin token, migrated, on the outbox.
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort } from "../browser/wrangler-dev";

const root = path.resolve(import.meta.dirname, "../..");
const START_TIMEOUT_MS = 120_000;

let project = "";
let child: ChildProcess | undefined;
let output = "";
let base = "";

async function waitForAnswer(url: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child?.exitCode !== null && child?.exitCode !== undefined) throw new Error(`npm start exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`npm start did not answer within ${START_TIMEOUT_MS} ms:\n${output}`);
}

beforeAll(async () => {
  project = mkdtempSync(path.join(tmpdir(), "review-digest-start-"));
  for (const entry of ["src", "migrations", "scripts", "wrangler.toml", "package.json", "tsconfig.json", ".dev.vars.example"]) {
    cpSync(path.join(root, entry), path.join(project, entry), { recursive: true });
  }
  symlinkSync(path.join(root, "node_modules"), path.join(project, "node_modules"));
  const port = await findFreePort();
  base = `http://127.0.0.1:${port}`;
  // No Resend key, as in a fresh clone (Node leaves undefined variables out of the child's env).
  const env = { ...process.env, RESEND_API_KEY: undefined, PORT: String(port), WRANGLER_SEND_METRICS: "false" } as unknown as NodeJS.ProcessEnv;
  const started = spawn(process.execPath, [path.join(project, "scripts", "start.mjs")], { cwd: project, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  started.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  started.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child = started;
  await waitForAnswer(`${base}/`);
}, START_TIMEOUT_MS + 10_000);

afterAll(async () => {
  if (child?.pid && child.exitCode === null) {
    const exited = new Promise((resolve) => child?.once("exit", resolve));
    process.kill(-child.pid, "SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  }
  if (project) rmSync(project, { recursive: true, force: true });
});

describe("npm start from a fresh clone", () => {
  it("creates .dev.vars with fresh secrets (no literal 'generate' left) and says where mail goes", () => {
    const vars = readFileSync(path.join(project, ".dev.vars"), "utf8");
    const token = /^ADMIN_TOKEN=(.+)$/m.exec(vars)?.[1] ?? "";
    expect(token.length).toBeGreaterThanOrEqual(32);
    expect(vars).not.toMatch(/=generate$/m);
    expect(output).toMatch(/local D1 migrated/);
    expect(output).toMatch(/local outbox/);
    expect(existsSync(path.join(project, ".wrangler"))).toBe(true);
  });

  it("runs the worker: /admin/status answers with the generated token, on the outbox, with no settings problem", async () => {
    const token = /^ADMIN_TOKEN=(.+)$/m.exec(readFileSync(path.join(project, ".dev.vars"), "utf8"))?.[1] ?? "";
    const denied = await fetch(`${base}/admin/status`);
    expect(denied.status).toBe(401);
    const status = await fetch(`${base}/admin/status`, { headers: { authorization: `Bearer ${token}` } });
    expect(status.status).toBe(200);
    expect(await status.json()).toMatchObject({ transport: "outbox" });
  });

  it("runs a cron tick on request without failing", async () => {
    const tick = await fetch(`${base}/cdn-cgi/handler/scheduled`);
    expect(tick.status).toBe(200);
  });
});
