// worker-configuration.d.ts holds only the generated Env (runtime types come from
// @cloudflare/workers-types, see tsconfig.json). This reruns `npm run types` into a temporary
// file and fails when the committed Env disagrees with wrangler.toml and .dev.vars.example:
// a binding, var or secret added on one side and not the other.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const committedPath = path.join(root, "worker-configuration.d.ts");
const scratch = mkdtempSync(path.join(tmpdir(), "review-digest-types-"));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The `npm run types` command line, with the output written to `outputPath` instead. */
function typesCommand(outputPath: string): string[] {
  const scripts = (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
  const words = (scripts.types ?? "").split(/\s+/).filter(Boolean);
  if (words[0] !== "wrangler" || words[1] !== "types") throw new Error(`npm run types is not "wrangler types …": ${scripts.types}`);
  return ["types", outputPath, ...words.slice(2)];
}

/** NAME → type for each field of `interface Env` inside `declare namespace Cloudflare`. */
function envFields(source: string): Record<string, string> {
  const body = /declare namespace Cloudflare \{[\s\S]*?interface Env \{([\s\S]*?)\n\t\}/.exec(source)?.[1];
  if (body === undefined) throw new Error("no Cloudflare.Env interface found");
  const fields: Record<string, string> = {};
  for (const line of body.split("\n")) {
    const field = /^\s*([A-Za-z_][A-Za-z0-9_]*)\??:\s*(.+);\s*$/.exec(line);
    if (field?.[1] && field[2]) fields[field[1]] = field[2];
  }
  return fields;
}

describe("worker-configuration.d.ts", () => {
  const committed = readFileSync(committedPath, "utf8");

  test("is Env only: the runtime types come from @cloudflare/workers-types", () => {
    expect(committed).toContain("--include-runtime=false");
    expect(committed).not.toContain("Begin runtime types");
    const tsconfig = readFileSync(path.join(root, "tsconfig.json"), "utf8");
    expect(tsconfig).toContain("@cloudflare/workers-types");
  });

  test("matches wrangler.toml and .dev.vars.example (run `npm run types` if not)", () => {
    const generatedPath = path.join(scratch, "worker-configuration.d.ts");
    execFileSync(path.join(root, "node_modules/.bin/wrangler"), typesCommand(generatedPath), {
      cwd: root,
      env: { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "1" },
      stdio: "pipe",
    });
    const generated = envFields(readFileSync(generatedPath, "utf8"));
    expect(Object.keys(generated)).toContain("DB");
    // Fields only in the committed file are usually secrets missing from .dev.vars.example.
    const hint = "Env disagrees with wrangler.toml + .dev.vars.example: list every secret in .dev.vars.example, then run npm run types";
    expect(envFields(committed), hint).toEqual(generated);
  });
});
