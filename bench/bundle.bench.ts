// The Worker's bundle size, raw and gzip, exactly as `wrangler deploy` would upload it.
// Goal: at most 250 KB gzip for the whole Worker (the free plan's limit is 3 MB compressed,
// but every KB is parsed on a cold start).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";

const GOAL_GZIP_KB = 250;
const root = path.resolve(import.meta.dirname, "..");
const outDir = mkdtempSync(path.join(tmpdir(), "review-digest-bundle-"));

try {
  const result = spawnSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", outDir], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
  });
  if (result.status !== 0) {
    console.error(`wrangler deploy --dry-run failed:\n${result.stderr || result.stdout}`);
    process.exit(1);
  }
  // Source maps are not uploaded unless upload_source_maps is set, so they do not count.
  const files = readdirSync(outDir, { recursive: true, encoding: "utf8" }).filter((name) => /\.(m?js|wasm)$/.test(name));
  let raw = 0;
  let gzip = 0;
  for (const name of files) {
    const bytes = readFileSync(path.join(outDir, name));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
    console.log(`  ${name}: ${(bytes.length / 1024).toFixed(1)} KB`);
  }
  const wranglerLine = /Total Upload:.*$/m.exec(result.stdout)?.[0];
  const verdict = gzip / 1024 <= GOAL_GZIP_KB ? "ok" : `OVER the ${GOAL_GZIP_KB} KB goal`;
  console.log(`worker bundle: ${(raw / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip (${verdict})`);
  if (wranglerLine) console.log(`wrangler says: ${wranglerLine.trim()}`);
  if (gzip / 1024 > GOAL_GZIP_KB) process.exitCode = 1;
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
