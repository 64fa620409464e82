// `npm run bench`: runs every bench/*.bench.ts in turn, each in its own process so one
// benchmark's JIT warm-up and garbage never colour another's numbers.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";

const here = import.meta.dirname;
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((name) => name.endsWith(".bench.ts"))
  .filter((name) => only.length === 0 || only.some((word) => name.includes(word)))
  .sort();

const failed: string[] = [];
for (const file of files) {
  console.log(`\n== ${file}`);
  const result = spawnSync(process.execPath, ["--import", "tsx", path.join(here, file)], { stdio: "inherit" });
  if (result.status !== 0) failed.push(file);
}
if (failed.length) {
  console.error(`\n${failed.length} benchmark(s) failed or missed a goal (see above): ${failed.join(", ")}`);
  process.exit(1);
}
