// Settings that parse but must never reach production: a localhost PUBLIC_URL, an example.com
// sender, short or placeholder secrets. A deployed worker refuses them by name, with the fix;
// `npm start` and the tests run with LOCAL_DEV=true, where the embedded defaults stay usable.

/** Every secret and its minimum length; package.json's cloudflare.bindings describes each. */
export const SECRET_MINIMUMS: Readonly<Record<string, number>> = {
  ADMIN_TOKEN: 16,
  TOKEN_SECRET: 16,
  PUBLISH_SECRET: 16,
  JSON_WEBHOOK_SECRET: 16,
  RESEND_API_KEY: 16,
  RESEND_WEBHOOK_SECRET: 16,
  TELEGRAM_BOT_TOKEN: 16,
  MASTODON_TOKEN: 16,
  BLUESKY_APP_PASSWORD: 16,
};

/** The secrets we generate: checked even locally, since a short one is weak anywhere. */
export const GENERATED_SECRETS = ["ADMIN_TOKEN", "TOKEN_SECRET", "PUBLISH_SECRET", "JSON_WEBHOOK_SECRET"] as const;

// Values people leave in templates; compared lower-cased, separators ignored.
const PLACEHOLDERS = new Set(["generate", "changeme", "change", "secret", "password", "placeholder", "replaceme", "todo", "xxx", "test", "none", "null", "yoursecret", "yourtoken", "token", "example"]);

/** "generate", "CHANGE_ME", "xxxxxxxx", "changemechangeme": a template value, not a secret. */
const isPlaceholder = (value: string) => {
  const folded = value.toLowerCase().replace(/[\s_\-.]/g, "");
  const unit = /^(.+?)\1*$/.exec(folded)?.[1] ?? folded;
  return PLACEHOLDERS.has(unit) || unit.length === 1;
};

const LOCAL_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$|\.localhost$/i;
const EXAMPLE_DOMAIN = /@([a-z0-9-]+\.)*example\.(com|org|net)>?$/i;

/** True when `npm start`, the tests or the browser tests run the worker (they set LOCAL_DEV). */
export const isLocalRun = (env: Record<string, unknown>) => /^(true|1|yes)$/i.test(String(env.LOCAL_DEV ?? ""));

function secretProblem(name: string, value: string, minimum: number): string | undefined {
  const fix = `set a random one: openssl rand -base64 32 | npx wrangler secret put ${name} -c wrangler.production.toml (or npm run setup)`;
  if (isPlaceholder(value)) return `${name} is a placeholder ("${value}"): ${fix}`;
  if (value.length < minimum) return `${name} is ${value.length} characters, at least ${minimum} are needed: ${fix}`;
  return undefined;
}

/**
 * What makes the secrets guarding the admin API and the console unusable (a placeholder, too
 * short), here and locally alike: with one, no admin credential is accepted.
 */
export function findAdminSecretProblems(env: object): string[] {
  const problems: string[] = [];
  for (const name of ["ADMIN_TOKEN", "TOKEN_SECRET"]) {
    const raw = (env as Record<string, unknown>)[name];
    const value = typeof raw === "string" ? raw.trim() : "";
    const problem = value ? secretProblem(name, value, SECRET_MINIMUMS[name]!) : `${name} is not set`;
    if (problem) problems.push(problem);
  }
  return problems;
}

/**
 * The problems that make these settings unsafe to run with, each naming the setting and the fix.
 * Locally only the generated secrets are checked.
 */
export function findUnsafeSettings(env: Record<string, unknown>, publicUrl: string, from: string): string[] {
  const local = isLocalRun(env);
  const problems: string[] = [];
  for (const [name, minimum] of Object.entries(SECRET_MINIMUMS)) {
    const value = typeof env[name] === "string" ? env[name].trim() : "";
    if (!value || (local && !(GENERATED_SECRETS as readonly string[]).includes(name))) continue;
    const problem = secretProblem(name, value, minimum);
    if (problem) problems.push(problem);
  }
  if (local) return problems;
  if (LOCAL_HOSTS.test(new URL(publicUrl).hostname)) {
    problems.push(`PUBLIC_URL is ${publicUrl}, a local address, so every emailed link would be dead: set it to the worker's public URL (npm run setup does, from the workers.dev URL)`);
  }
  if (EXAMPLE_DOMAIN.test(from.trim())) {
    problems.push(`FROM is ${from}, on example.com/org/net, which nobody can send from: set FROM to "Name <address@your-domain>" on a domain verified at Resend`);
  }
  return problems;
}
