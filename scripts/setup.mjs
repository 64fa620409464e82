#!/usr/bin/env node
// `npm run setup`: from a clone to a deployed worker in one command, safe to run again.
// Interactive by default; `--yes` (or CI=true, or no terminal) takes every answer from flags,
// environment variables and the previous run. See `npm run setup -- --help`.
import { createAsker, parseFlags } from "./lib/answers.mjs";
import { applyRemoteMigrations, deploy, ensureDatabase, ensureQueues, listQueueNames, listRemoteSecrets, readLogin, readWranglerToml, uploadSecrets } from "./lib/cloudflare.mjs";
import { PRODUCTION_CONFIG, listVarNames, readOperatorFile, writeOperatorFile, writeProductionConfig } from "./lib/operator-file.mjs";
import { collectAnswers, OPTIONAL_SETTINGS, askWebhookSecret, chooseAccount } from "./lib/questions.mjs";
import { planSecretUploads } from "./lib/secrets.mjs";

const HELP = `npm run setup -- [options]   (each option also reads the environment variable of the same name)
  --feed-url URL[,URL]      the critic's feed(s)                                FEED_URL
  --from "Name <a@b.c>"     sender, on a domain verified at Resend              FROM
  --reply-to ADDRESS        where replies go (default: the sender's address)     REPLY_TO
  --resend-api-key KEY      re_...                                               RESEND_API_KEY
  --resend-webhook-secret S whsec_... (can be added by a later run)             RESEND_WEBHOOK_SECRET
  --public-url URL          a custom domain (default: the workers.dev URL)       PUBLIC_URL
  optional channels: ${OPTIONAL_SETTINGS.map((name) => `--${name.toLowerCase().replaceAll("_", "-")}`).join(" ")}
  --rotate-secrets          replace ADMIN_TOKEN, TOKEN_SECRET, PUBLISH_SECRET, JSON_WEBHOOK_SECRET
  --yes                     never ask; fail if something required is missing`;

const log = (message) => console.log(`setup: ${message}`);

async function ensureLogin(record, asker, interactive) {
  const login = await readLogin();
  if (!login) {
    throw new Error(
      interactive
        ? "not logged in to Cloudflare: run `npx wrangler login`, then `npm run setup` again"
        : "not logged in to Cloudflare: set CLOUDFLARE_API_TOKEN (and CLOUDFLARE_ACCOUNT_ID), or run `npx wrangler login`",
    );
  }
  record.accountId = await chooseAccount(login.accounts, record.accountId, asker);
  log(`logged in; account ${record.accountId}`);
}

async function main() {
  const flags = parseFlags(process.argv.slice(2));
  if (flags.help) return console.log(HELP);
  const interactive = !flags.yes && process.env.CI !== "true" && Boolean(process.stdin.isTTY);
  const asker = createAsker({ flags, env: process.env, interactive });
  const record = readOperatorFile();
  const toml = readWranglerToml();
  record.workerName ??= /^name\s*=\s*"([^"]+)"/m.exec(toml)?.[1] ?? "review-digest";
  try {
    await ensureLogin(record, asker, interactive);
    if (record.accountId) process.env.CLOUDFLARE_ACCOUNT_ID = record.accountId;
    const given = await collectAnswers({ record, asker, varNames: listVarNames(toml), interactive });
    writeOperatorFile(record);
    writeProductionConfig(record);

    const databaseName = /^database_name\s*=\s*"([^"]+)"/m.exec(toml)?.[1] ?? record.workerName;
    record.databaseId = (await ensureDatabase(databaseName, PRODUCTION_CONFIG, log)).id;
    await ensureQueues(listQueueNames(toml), PRODUCTION_CONFIG, log);
    writeOperatorFile(record);
    writeProductionConfig(record);
    const [migrations, remote] = await Promise.all([applyRemoteMigrations(PRODUCTION_CONFIG), listRemoteSecrets(PRODUCTION_CONFIG)]);
    log(`migrations: ${migrations}`);
    log("deploying (about half a minute)");
    const workersDevUrl = await deploy(PRODUCTION_CONFIG, false);
    const publicUrl = asker.given("PUBLIC_URL") ?? record.vars.PUBLIC_URL ?? workersDevUrl;
    if (!publicUrl) throw new Error("wrangler deploy printed no workers.dev URL: pass --public-url https://your.domain");
    if (record.vars.PUBLIC_URL !== publicUrl) {
      record.vars.PUBLIC_URL = publicUrl;
      writeOperatorFile(record);
      writeProductionConfig(record);
      log(`PUBLIC_URL = ${publicUrl}; deploying again with it`);
      await deploy(PRODUCTION_CONFIG, false);
    }
    await askWebhookSecret({ asker, given, remote, publicUrl, interactive });
    const { uploads, notes } = planSecretUploads({ record, remote, given, rotate: Boolean(flags["rotate-secrets"]) });
    await uploadSecrets(uploads, PRODUCTION_CONFIG);
    writeOperatorFile(record);
    log(Object.keys(uploads).length ? `secrets uploaded: ${Object.keys(uploads).join(", ")}` : "secrets: all set, none changed");
    for (const note of notes) log(note);
    printSummary(record, publicUrl, remote.has("RESEND_WEBHOOK_SECRET") || Boolean(given.RESEND_WEBHOOK_SECRET));
  } finally {
    asker.close();
  }
}

function printSummary(record, publicUrl, hasWebhookSecret) {
  console.log(`
Done. review-digest runs at ${publicUrl}

  Console:      ${publicUrl}/admin
  Admin token:  ${record.secrets.ADMIN_TOKEN ?? "(set earlier, not known here)"}
  Resend webhook: ${publicUrl}/webhooks/resend
    (Resend > Webhooks > Add endpoint; events email.bounced, email.complained, email.delivered,
    email.delivery_delayed, email.suppressed)
  ${hasWebhookSecret ? "Resend webhook secret: set." : "Then run `npm run setup -- --resend-webhook-secret whsec_...` to add its signing secret."}

The sender's domain must be verified at Resend. Sign in to the console, add yourself as a
subscriber, and press "Send the latest review now". Later deploys: \`npm run deploy\`.
Your values are in .review-digest.json (keep it private; it is gitignored).`);
}

main().catch((error) => {
  console.error(`setup: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
