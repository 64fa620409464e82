// The Cloudflare side of setup, each step idempotent: it looks before it creates.
import { readFileSync } from "node:fs";
import path from "node:path";
import { findWorkersDevUrl, mustRunWrangler, parseJsonOutput, root, runWrangler } from "./wrangler.mjs";

/** The accounts `wrangler whoami` lists, or null when nobody is logged in. */
export async function readLogin() {
  const result = await runWrangler(["whoami"]);
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.code !== 0 || /not authenticated/i.test(output)) return null;
  const accounts = [...output.matchAll(/│\s*(.+?)\s*│\s*([0-9a-f]{32})\s*│/g)].map((match) => ({ name: match[1], id: match[2] }));
  return { accounts };
}

/** The D1 database's id: the existing one of that name, or a new one. */
export async function ensureDatabase(name, config, log) {
  const find = async () => {
    const listed = parseJsonOutput((await mustRunWrangler(["d1", "list", "--json", "-c", config])).stdout);
    return listed.find((database) => database.name === name)?.uuid;
  };
  const existing = await find();
  if (existing) {
    log(`D1 database ${name} exists (${existing})`);
    return { id: existing, created: false };
  }
  const output = (await mustRunWrangler(["d1", "create", name, "-c", config])).stdout;
  const created = /"database_id":\s*"([0-9a-f-]{36})"|database_id\s*=\s*"([0-9a-f-]{36})"/.exec(output)?.slice(1).find(Boolean) ?? (await find());
  if (!created) throw new Error(`wrangler created the D1 database ${name} but does not list it`);
  log(`D1 database ${name} created (${created})`);
  return { id: created, created: true };
}

/** Queue names wrangler.toml uses: producers, consumers and dead-letter queues. */
export function listQueueNames(toml) {
  const names = [...toml.matchAll(/^\s*(?:queue|dead_letter_queue)\s*=\s*"([^"]+)"/gm)].map((match) => match[1]);
  return [...new Set(names)];
}

/** Looks up every queue at once (each wrangler start costs seconds), then creates the missing ones. */
export async function ensureQueues(names, config, log) {
  const found = await Promise.all(names.map((name) => runWrangler(["queues", "info", name, "-c", config])));
  const missing = names.filter((_name, index) => found[index].code !== 0);
  for (const name of names) if (!missing.includes(name)) log(`queue ${name} exists`);
  await Promise.all(missing.map((name) => mustRunWrangler(["queues", "create", name, "-c", config])));
  for (const name of missing) log(`queue ${name} created`);
  return missing;
}

export async function applyRemoteMigrations(config) {
  const result = await mustRunWrangler(["d1", "migrations", "apply", "DB", "--remote", "-c", config]);
  return /No migrations to apply/i.test(result.stdout) ? "none to apply" : "applied";
}

/** Secret names already set on the worker (none when the worker does not exist yet). */
export async function listRemoteSecrets(config) {
  const result = await runWrangler(["secret", "list", "--format", "json", "-c", config]);
  if (result.code !== 0) {
    // Only "no such Worker" means "no secrets"; any other failure must not look like an empty
    // list, or setup would generate (and so rotate) secrets the worker already has.
    if (/10007|does not exist|not found/i.test(`${result.stdout}\n${result.stderr}`)) return new Set();
    throw new Error(`cannot list the worker's secrets:\n${result.stderr.trim().split("\n").slice(-4).join("\n")}`);
  }
  return new Set(parseJsonOutput(result.stdout).map((secret) => secret.name));
}

/** Deploys; answers the workers.dev URL wrangler printed. */
export async function deploy(config, echo) {
  const result = await mustRunWrangler(["deploy", "-c", config], { echo });
  return findWorkersDevUrl(result.stdout);
}

/** Uploads every secret in one `wrangler secret bulk`, fed on stdin so no file holds them. */
export async function uploadSecrets(values, config) {
  if (Object.keys(values).length === 0) return;
  await mustRunWrangler(["secret", "bulk", "-c", config], { input: JSON.stringify(values) });
}

export const readWranglerToml = (directory = root) => readFileSync(path.join(directory, "wrangler.toml"), "utf8");
