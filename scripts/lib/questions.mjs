// The few things only a person can supply, each checked before anything is created.

/** Channels and extras: flags or environment only, never asked. */
export const OPTIONAL_SETTINGS = [
  "DISCORD_WEBHOOK_URL",
  "SLACK_WEBHOOK_URL",
  "JSON_WEBHOOK_URL",
  "TELEGRAM_BOT_TOKEN",
  "TELEGRAM_CHAT_ID",
  "MASTODON_URL",
  "MASTODON_TOKEN",
  "BLUESKY_HANDLE",
  "BLUESKY_APP_PASSWORD",
  "SEND_LATEST_ON_FIRST_POLL",
  "CORS_ORIGINS",
];

const isFeedList = (value) => value.split(/[\s,]+/).filter(Boolean).every((url) => /^https?:\/\/[^\s/]+/i.test(url));
const senderProblem = (value) => {
  if (!/^[^<>]*<[^<>\s@]+@[^<>\s@]+\.[^<>\s@]+>$/.test(value)) return 'must look like: Your Name <reviews@your-domain.com>';
  if (/@example\.(com|org|net)>$/i.test(value)) return "must be on your own domain, verified at Resend, not example.com";
  return undefined;
};

async function required(asker, setting, prompt, saved, problemOf, interactive) {
  for (;;) {
    const value = asker.given(setting) ?? (await asker.ask(prompt, saved ?? ""));
    const problem = !value ? "is required" : problemOf(value);
    if (!problem) return value;
    if (!interactive || asker.given(setting)) throw new Error(`${setting} ${problem} (--${setting.toLowerCase().replaceAll("_", "-")})`);
    console.log(`  ${setting} ${problem}`);
  }
}

/**
 * Fills record.vars with the settings that are vars in wrangler.toml and answers the
 * secrets given on this run: { RESEND_API_KEY: "re_…", … }.
 */
export async function collectAnswers({ record, asker, varNames, interactive }) {
  const values = {};
  values.FEED_URL = await required(asker, "FEED_URL", "Feed URL(s) of the critic, comma-separated", record.vars.FEED_URL, (value) => (isFeedList(value) ? undefined : "must be http(s) URLs"), interactive);
  values.FROM = await required(asker, "FROM", "Sender, e.g. Jeff Light Reviews <reviews@your-domain.com>", record.vars.FROM, senderProblem, interactive);
  const senderAddress = /<([^>]+)>/.exec(values.FROM)?.[1];
  // Not asked: the sender's own address unless --reply-to says otherwise.
  values.REPLY_TO = asker.given("REPLY_TO") ?? record.vars.REPLY_TO ?? senderAddress;
  const knownKey = Boolean(record.uploaded.RESEND_API_KEY);
  const key = asker.given("RESEND_API_KEY") ?? (knownKey ? "" : await asker.askSecret("Resend API key (re_…; empty keeps mail in the worker's outbox)"));
  if (key && !/^re_[A-Za-z0-9_]{16,}$/.test(key)) throw new Error("RESEND_API_KEY must be a Resend API key: re_ followed by at least 16 characters");
  if (!key && !knownKey) console.log("  no RESEND_API_KEY: mail stays in the outbox (console > Outbox) until a later run adds one");
  values.RESEND_API_KEY = key;
  values.RESEND_WEBHOOK_SECRET = asker.given("RESEND_WEBHOOK_SECRET") ?? "";
  for (const setting of OPTIONAL_SETTINGS) {
    const value = asker.given(setting);
    if (value !== undefined) values[setting] = value;
  }
  const given = {};
  for (const [name, value] of Object.entries(values)) {
    if (varNames.includes(name)) record.vars[name] = value;
    else given[name] = value;
  }
  return given;
}

/** After the deploy the webhook URL exists, so this is where Resend's secret can be pasted. */
export async function askWebhookSecret({ given, remote, asker, publicUrl, interactive }) {
  if (!interactive || given.RESEND_WEBHOOK_SECRET || remote.has("RESEND_WEBHOOK_SECRET")) return;
  console.log(`\nIn Resend > Webhooks, add the endpoint ${publicUrl}/webhooks/resend (events: email.bounced,
email.complained, email.delivered, email.delivery_delayed, email.suppressed), then copy its signing secret.`);
  const secret = await asker.askSecret("Resend webhook signing secret (whsec_…; empty to add it later)");
  if (secret && !/^whsec_[A-Za-z0-9+/=]{16,}$/.test(secret)) throw new Error("RESEND_WEBHOOK_SECRET must be the whsec_… secret Resend shows");
  if (secret) given.RESEND_WEBHOOK_SECRET = secret;
}

/** The account to use: the environment's, the saved one, the only one, or the operator's pick. */
export async function chooseAccount(accounts, saved, asker) {
  const fromEnv = process.env.CLOUDFLARE_ACCOUNT_ID;
  if (fromEnv) return fromEnv;
  if (saved && accounts.some((account) => account.id === saved)) return saved;
  if (accounts.length === 1) return accounts[0].id;
  if (accounts.length === 0) return saved;
  const list = accounts.map((account, index) => `  ${index + 1}. ${account.name} (${account.id})`).join("\n");
  const picked = Number(await asker.ask(`Which Cloudflare account?\n${list}\nNumber`, ""));
  const account = accounts[picked - 1];
  if (!account) throw new Error("several Cloudflare accounts: pick one with CLOUDFLARE_ACCOUNT_ID=<id>");
  return account.id;
}
