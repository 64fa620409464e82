// Runs the project's own wrangler (node_modules/wrangler) as a child process, the way setup and
// deploy need it: output captured for parsing, or streamed for the operator to watch.
import { spawn } from "node:child_process";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "../..");
const wranglerBin = path.join(root, "node_modules", "wrangler", "bin", "wrangler.js");

/** Non-interactive and quiet: wrangler never stops on a prompt inside setup. */
const childEnv = () => ({ ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false", NO_COLOR: "1", FORCE_COLOR: "0" });

/**
 * Runs `wrangler ...args`; resolves { code, stdout, stderr }. With `echo`, output also goes to
 * the terminal as it arrives; with `input`, that text is the child's stdin.
 */
export function runWrangler(args, { echo = false, input, env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [wranglerBin, ...args], { cwd: root, env: { ...childEnv(), ...env }, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      if (echo) process.stdout.write(chunk);
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
      if (echo) process.stderr.write(chunk);
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? "");
  });
}

/** Like runWrangler, but a non-zero exit is an error carrying wrangler's own last lines. */
export async function mustRunWrangler(args, options) {
  const result = await runWrangler(args, options);
  if (result.code !== 0) {
    // wrangler colours its errors even with NO_COLOR
    const plain = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, "");
    const tail = plain.split("\n").filter((line) => line.trim()).slice(-8).join("\n");
    throw new Error(`\`wrangler ${args.join(" ")}\` failed (exit ${result.code}):\n${tail}`);
  }
  return result;
}

/** The JSON document in wrangler's stdout (it may print a banner before it). */
export function parseJsonOutput(stdout) {
  const start = stdout.search(/^[[{]/m);
  if (start < 0) throw new Error(`wrangler printed no JSON:\n${stdout}`);
  return JSON.parse(stdout.slice(start));
}

/** The workers.dev URL `wrangler deploy` prints, if any. */
export function findWorkersDevUrl(output) {
  return /https:\/\/[a-z0-9.-]+\.workers\.dev\b/i.exec(output)?.[0];
}
