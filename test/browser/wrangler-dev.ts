// Starts the real worker under `wrangler dev` for browser tests: local D1 migrated into a
// temporary directory, settings passed with --var, and a wait until it answers.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const wrangler = path.join(root, "node_modules", "wrangler", "bin", "wrangler.js");

export interface DevWorker {
  url: string;
  log: () => string;
  stop: () => Promise<void>;
}

/** A port the OS says is free right now. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitUntilAnswering(url: string, child: ChildProcess, log: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`wrangler dev did not answer within ${timeoutMs} ms:\n${log()}`);
}

/** Migrates a fresh local D1 and runs `wrangler dev` on a free port with these settings. */
export async function startDevWorker(vars: Record<string, string>): Promise<DevWorker> {
  const persist = mkdtempSync(path.join(tmpdir(), "review-digest-browser-"));
  const quiet = { cwd: root, env: { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false" }, encoding: "utf8" as const };
  const migrate = spawnSync(process.execPath, [wrangler, "d1", "migrations", "apply", "DB", "--local", "--persist-to", persist], quiet);
  if (migrate.status !== 0) throw new Error(`migrations failed:\n${migrate.stdout}\n${migrate.stderr}`);
  const port = await findFreePort();
  // LOCAL_DEV as npm start sets it: wrangler.toml's localhost PUBLIC_URL and example.com sender are fine here.
  const varArgs = Object.entries({ LOCAL_DEV: "true", ...vars }).flatMap(([name, value]) => ["--var", `${name}:${value}`]);
  const args = [wrangler, "dev", "--port", String(port), "--ip", "127.0.0.1", "--persist-to", persist, "--test-scheduled", ...varArgs];
  const child = spawn(process.execPath, args, { ...quiet, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const log = () => output;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    }
    rmSync(persist, { recursive: true, force: true });
  };
  try {
    await waitUntilAnswering(`${url}/admin/login`, child, log, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, log, stop };
}
