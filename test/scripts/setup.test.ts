// `npm run setup` and `npm run deploy` end to end, without an account: the real wrangler from
// node_modules talks to a loopback fake of the Cloudflare API (test/support/fake-cloudflare-api.mjs).
// The project is copied to a temporary directory so the operator files it writes stay there.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error -- a plain .mjs test helper, shared with the command line; typed by use here
import { startFakeCloudflareApi } from "../support/fake-cloudflare-api.mjs";
import { SECRET_MINIMUMS } from "../../src/settings-safety";
// @ts-expect-error -- plain .mjs, as npm run setup runs it
import { planSecretUploads } from "../../scripts/lib/secrets.mjs";

const root = path.resolve(import.meta.dirname, "../..");

interface Binding {
  type: string;
  name: string;
  text?: string;
}
interface FakeState {
  databases: { uuid: string; name: string; statements: string[]; migrations: string[] }[];
  queues: { queue_name: string; consumers: unknown[] }[];
  scripts: Map<string, { secrets: Map<string, string>; schedules: { cron: string }[]; subdomainEnabled: boolean; bindings: Binding[] }>;
  secretUploads: { script: string; names: string[] }[];
  deploys: { script: string; bindings: Binding[] }[];
  unknown: string[];
}
interface Fake {
  state: FakeState;
  env: Record<string, string>;
  workersDevUrl: (script: string) => string;
  close: () => Promise<void>;
}
interface Run {
  code: number | null;
  output: string;
}

let fake: Fake;
let project: string;

function run(script: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    // No terminal and CI=true: setup must not ask anything.
    const child = spawn(process.execPath, [path.join(project, "scripts", script), ...args], {
      cwd: project,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? tmpdir(), CI: "true", ...fake.env, ...env } as unknown as NodeJS.ProcessEnv,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

const answers = ["--feed-url", "https://critic.example.net/feed", "--from", "Critic Reviews <reviews@critic.example.net>"];
// Each run starts the real wrangler several times and bundles the worker: on a busy 2-core
// machine a first setup takes about a minute.
const WRANGLER_TIMEOUT_MS = 240_000;
const RESEND_KEY = "re_fake_0123456789abcdefghij";
const varsOf = (bindings: Binding[]) => Object.fromEntries(bindings.filter((binding) => binding.type === "plain_text").map((binding) => [binding.name, binding.text]));

beforeAll(async () => {
  project = mkdtempSync(path.join(tmpdir(), "review-digest-setup-"));
  for (const entry of ["src", "migrations", "scripts", "wrangler.toml", "package.json", "tsconfig.json"]) {
    cpSync(path.join(root, entry), path.join(project, entry), { recursive: true });
  }
  symlinkSync(path.join(root, "node_modules"), path.join(project, "node_modules"));
  fake = (await startFakeCloudflareApi()) as Fake;
});

afterAll(async () => {
  await fake?.close();
  if (project) rmSync(project, { recursive: true, force: true });
});

describe("what a Deploy-to-Cloudflare button would copy", () => {
  it("package.json describes every secret under cloudflare.bindings", () => {
    const bindings = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).cloudflare.bindings as Record<string, { description: string }>;
    for (const name of Object.keys(SECRET_MINIMUMS)) expect(bindings[name]?.description, name).toMatch(/\w{3,}/);
  });

  it(".dev.vars.example holds no literal placeholder a button could upload as a secret", () => {
    const example = readFileSync(path.join(root, ".dev.vars.example"), "utf8");
    const values = [...example.matchAll(/^([A-Z_]+)=(.*)$/gm)].map((match) => [match[1], match[2]?.trim()]);
    expect(values.length).toBeGreaterThan(4);
    for (const [name, value] of values) expect(value, `${name} in .dev.vars.example`).toBe("");
    expect(example).toMatch(/^# FEED_URL=http:\/\/127\.0\.0\.1/m);
  });
});

describe("planSecretUploads", () => {
  const record = () => ({ secrets: {} as Record<string, string>, uploaded: {} as Record<string, string> });

  it("generates the four secrets once, then uploads nothing", () => {
    const saved = record();
    const first = planSecretUploads({ record: saved, remote: new Set(), given: { RESEND_API_KEY: RESEND_KEY }, rotate: false });
    expect(Object.keys(first.uploads).sort()).toEqual(["ADMIN_TOKEN", "JSON_WEBHOOK_SECRET", "PUBLISH_SECRET", "RESEND_API_KEY", "TOKEN_SECRET"]);
    const remote = new Set(Object.keys(first.uploads));
    expect(planSecretUploads({ record: saved, remote, given: { RESEND_API_KEY: RESEND_KEY }, rotate: false }).uploads).toEqual({});
    expect(Object.keys(planSecretUploads({ record: saved, remote, given: { RESEND_API_KEY: "re_another_key_0123456789" }, rotate: false }).uploads)).toEqual(["RESEND_API_KEY"]);
  });

  it("--rotate-secrets replaces only the generated ones", () => {
    const saved = record();
    const first = planSecretUploads({ record: saved, remote: new Set(), given: { RESEND_API_KEY: RESEND_KEY }, rotate: false });
    const rotated = planSecretUploads({ record: saved, remote: new Set(Object.keys(first.uploads)), given: { RESEND_API_KEY: RESEND_KEY }, rotate: true });
    expect(Object.keys(rotated.uploads).sort()).toEqual(["ADMIN_TOKEN", "JSON_WEBHOOK_SECRET", "PUBLISH_SECRET", "TOKEN_SECRET"]);
    expect(rotated.uploads.ADMIN_TOKEN).not.toBe(first.uploads.ADMIN_TOKEN);
  });

  it("re-uploads a generated secret the worker lost, with the value the operator already has", () => {
    const saved = record();
    const first = planSecretUploads({ record: saved, remote: new Set(), given: {}, rotate: false });
    const again = planSecretUploads({ record: saved, remote: new Set(["TOKEN_SECRET", "PUBLISH_SECRET", "JSON_WEBHOOK_SECRET"]), given: {}, rotate: false });
    expect(again.uploads).toEqual({ ADMIN_TOKEN: first.uploads.ADMIN_TOKEN });
  });
});

describe("npm run setup against a fake Cloudflare API", () => {
  let first: Run;

  it("refuses an example.com sender before creating anything", async () => {
    const refused = await run("setup.mjs", ["--feed-url", "https://critic.example.net/feed", "--from", "Critic <reviews@example.com>"], { RESEND_API_KEY: RESEND_KEY });
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/FROM must be on your own domain/);
    expect(fake.state.databases).toHaveLength(0);
  }, WRANGLER_TIMEOUT_MS);

  it("creates the database and queues, migrates, deploys with PUBLIC_URL and uploads every secret at once", async () => {
    first = await run("setup.mjs", answers, { RESEND_API_KEY: RESEND_KEY });
    expect(first.code, first.output).toBe(0);
    const { databases, queues, scripts, secretUploads, deploys, unknown } = fake.state;
    expect(unknown).toEqual([]);
    expect(databases.map((database) => database.name)).toEqual(["review-digest"]);
    const migrationFiles = readdirSync(path.join(project, "migrations")).filter((name) => name.endsWith(".sql")).sort();
    expect(databases[0]?.migrations).toEqual(migrationFiles);
    expect(databases[0]?.statements.join("\n")).toMatch(/CREATE TABLE/i);
    expect(queues.map((queue) => queue.queue_name).sort()).toEqual(["review-digest-dead-letters", "review-digest-deliveries"]);

    const publicUrl = fake.workersDevUrl("review-digest");
    const vars = varsOf(deploys.at(-1)?.bindings ?? []);
    expect(vars).toMatchObject({ PUBLIC_URL: publicUrl, FEED_URL: "https://critic.example.net/feed", FROM: "Critic Reviews <reviews@critic.example.net>", REPLY_TO: "reviews@critic.example.net" });
    expect(deploys.at(-1)?.bindings).toContainEqual(expect.objectContaining({ type: "d1", name: "DB", id: databases[0]?.uuid }));

    expect(secretUploads).toHaveLength(1);
    expect(secretUploads[0]?.names.sort()).toEqual(["ADMIN_TOKEN", "JSON_WEBHOOK_SECRET", "PUBLISH_SECRET", "RESEND_API_KEY", "TOKEN_SECRET"]);
    const secrets = scripts.get("review-digest")?.secrets ?? new Map<string, string>();
    expect(secrets.get("RESEND_API_KEY")).toBe(RESEND_KEY);
    for (const name of ["ADMIN_TOKEN", "TOKEN_SECRET", "PUBLISH_SECRET", "JSON_WEBHOOK_SECRET"]) expect(secrets.get(name)?.length).toBeGreaterThanOrEqual(32);
    expect(new Set(["ADMIN_TOKEN", "TOKEN_SECRET", "PUBLISH_SECRET", "JSON_WEBHOOK_SECRET"].map((name) => secrets.get(name))).size).toBe(4);

    expect(first.output).toContain(`${publicUrl}/admin`);
    expect(first.output).toContain(`${publicUrl}/webhooks/resend`);
    expect(first.output).toContain(String(secrets.get("ADMIN_TOKEN")));
    expect(scripts.get("review-digest")?.schedules).toEqual([{ cron: "*/15 * * * *" }]);
  }, WRANGLER_TIMEOUT_MS);

  it("keeps the operator's values in gitignored files, the secrets file private", () => {
    const record = JSON.parse(readFileSync(path.join(project, ".review-digest.json"), "utf8"));
    expect(record.databaseId).toBe(fake.state.databases[0]?.uuid);
    expect(JSON.stringify(record)).not.toContain(RESEND_KEY);
    expect(statSync(path.join(project, ".review-digest.json")).mode & 0o077).toBe(0);
    expect(readFileSync(path.join(project, "wrangler.production.toml"), "utf8")).toContain(`database_id = "${record.databaseId}"`);
    expect(readFileSync(path.join(project, "wrangler.toml"), "utf8")).not.toMatch(/^database_id/m);
    const ignored = readFileSync(path.join(root, ".gitignore"), "utf8").split("\n");
    expect(ignored).toEqual(expect.arrayContaining([".review-digest.json", "wrangler.production.toml", ".dev.vars"]));
  });

  it("a second run creates nothing and uploads no secret", async () => {
    const deploys = fake.state.deploys.length;
    const second = await run("setup.mjs", answers, { RESEND_API_KEY: RESEND_KEY });
    expect(second.code, second.output).toBe(0);
    expect(fake.state.databases).toHaveLength(1);
    expect(fake.state.queues).toHaveLength(2);
    expect(fake.state.secretUploads).toHaveLength(1);
    expect(fake.state.deploys).toHaveLength(deploys + 1);
    expect(varsOf(fake.state.deploys.at(-1)?.bindings ?? [])).toEqual(varsOf(fake.state.deploys.at(-2)?.bindings ?? []));
    expect(second.output).toContain("none changed");
    expect(fake.state.unknown).toEqual([]);
  }, WRANGLER_TIMEOUT_MS);

  it("npm run deploy applies new migrations, then deploys with the saved values", async () => {
    cpSync(path.join(project, "migrations", readdirSync(path.join(project, "migrations"))[0] ?? ""), path.join(project, "migrations", "9999_test_only.sql"));
    const deploys = fake.state.deploys.length;
    const deployed = await run("deploy.mjs", []);
    expect(deployed.code, deployed.output).toBe(0);
    expect(fake.state.databases[0]?.migrations.at(-1)).toBe("9999_test_only.sql");
    expect(fake.state.deploys).toHaveLength(deploys + 1);
    expect(varsOf(fake.state.deploys.at(-1)?.bindings ?? []).PUBLIC_URL).toBe(fake.workersDevUrl("review-digest"));
  }, WRANGLER_TIMEOUT_MS);
});
