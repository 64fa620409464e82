#!/usr/bin/env node
// `npm run deploy`: regenerate wrangler.production.toml from wrangler.toml (so a `git pull`
// reaches production) and .review-digest.json, apply the D1 migrations remotely, then deploy.
import { existsSync } from "node:fs";
import path from "node:path";
import { applyRemoteMigrations, deploy } from "./lib/cloudflare.mjs";
import { OPERATOR_FILE, PRODUCTION_CONFIG, readOperatorFile, writeProductionConfig } from "./lib/operator-file.mjs";
import { root } from "./lib/wrangler.mjs";

async function main() {
  if (!existsSync(path.join(root, OPERATOR_FILE))) throw new Error(`no ${OPERATOR_FILE} yet: run \`npm run setup\` first`);
  const record = readOperatorFile();
  if (!record.databaseId) throw new Error(`${OPERATOR_FILE} has no databaseId: run \`npm run setup\` again`);
  if (record.accountId) process.env.CLOUDFLARE_ACCOUNT_ID ??= record.accountId;
  writeProductionConfig(record);
  console.log(`deploy: migrations ${await applyRemoteMigrations(PRODUCTION_CONFIG)}`);
  const url = await deploy(PRODUCTION_CONFIG, true);
  console.log(`deploy: done${url ? `, ${url}` : ""}`);
}

main().catch((error) => {
  console.error(`deploy: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
