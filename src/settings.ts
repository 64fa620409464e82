// Worker settings, parsed from the environment with zod at the edge.
// A missing or invalid setting is reported by name and nothing is sent.
import { findUnsafeSettings } from "./settings-safety";
import { z, describeIssues } from "./validation";

const optionalText = z.pipe(
  z.optional(z.string()),
  z.transform((value) => (value && value.trim() ? value.trim() : undefined)),
);

const splitList = (value: string) =>
  value
    .split(/[\s,]+/)
    .map((item) => item.trim())
    .filter(Boolean);

/** An http(s) base URL, stored without trailing slashes; empty means `fallback` (or unset). */
function serviceUrl(name: string, fallback?: string) {
  return z.pipe(
    optionalText,
    z.pipe(
      z.transform((value: string | undefined) => value ?? fallback),
      z.optional(
        z.pipe(
          z.url({ protocol: /^https?$/, error: `${name} must be an http(s) URL` }),
          z.transform((url) => url.replace(/\/+$/, "")),
        ),
      ),
    ),
  );
}

export const Settings = z.object({
  FEED_URL: z.pipe(
    z.pipe(z.string(), z.transform(splitList)),
    z.array(z.url({ protocol: /^https?$/, error: "FEED_URL must be http(s) URLs" })).check(
      z.minLength(1, "FEED_URL must name at least one feed"),
    ),
  ),
  FROM: z.string().check(
    z.regex(/^[^<>]*<[^<>\s@]+@[^<>\s@]+\.[^<>\s@]+>$/, "FROM must look like: Name <address@your-domain.com>"),
  ),
  REPLY_TO: z.optional(z.string()),
  RESEND_API_KEY: optionalText,
  RESEND_BASE_URL: optionalText,
  ADMIN_TOKEN: z.string().check(z.minLength(16, "ADMIN_TOKEN must be at least 16 characters")),
  TOKEN_SECRET: z.string().check(z.minLength(16, "TOKEN_SECRET must be at least 16 characters")),
  PUBLISH_SECRET: optionalText,
  RESEND_WEBHOOK_SECRET: optionalText,
  // Stored without trailing slashes, so every link is simply `${PUBLIC_URL}/path`.
  PUBLIC_URL: z.pipe(
    z.url({ protocol: /^https?$/, error: "PUBLIC_URL must be the worker's http(s) base URL" }),
    z.transform((url) => url.replace(/\/+$/, "")),
  ),
  SEND_LATEST_ON_FIRST_POLL: z._default(z.coerce.number().check(z.int(), z.minimum(0)), 0),
  CORS_ORIGINS: z._default(z.pipe(z.string(), z.transform(splitList)), []),
  DIGEST_HOUR: z._default(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(23)), 8),
  DIGEST_WEEKDAY: z._default(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(6)), 1),
  DISCORD_WEBHOOK_URL: optionalText,
  SLACK_WEBHOOK_URL: optionalText,
  JSON_WEBHOOK_URL: optionalText,
  // Its own secret: a receiver of our webhook must not be able to sign /hooks/publish requests.
  JSON_WEBHOOK_SECRET: optionalText,
  // 0 = a poll sends every new review (split across several emails when they do not fit in one);
  // N = only the newest N, the rest recorded as seen without sending.
  MAX_REVIEWS_PER_POLL: z._default(z.coerce.number().check(z.int(), z.minimum(0)), 0),
  // Delivery timings (issue 12); the defaults are production's, tests and the bench shorten them.
  RESEND_TIMEOUT_MS: z._default(z.coerce.number().check(z.int(), z.minimum(1)), 30_000),
  DELIVERY_LEASE_SECONDS: z._default(z.coerce.number().check(z.int(), z.minimum(1)), 600),
  // Telegram, Mastodon and Bluesky: each is on only when its credentials are set.
  TELEGRAM_BOT_TOKEN: optionalText,
  TELEGRAM_CHAT_ID: optionalText,
  TELEGRAM_API_URL: serviceUrl("TELEGRAM_API_URL", "https://api.telegram.org"),
  MASTODON_URL: z.optional(serviceUrl("MASTODON_URL")),
  MASTODON_TOKEN: optionalText,
  BLUESKY_HANDLE: optionalText,
  BLUESKY_APP_PASSWORD: optionalText,
  BLUESKY_SERVICE: serviceUrl("BLUESKY_SERVICE", "https://bsky.social"),
});
export type Settings = z.infer<typeof Settings>;

/** The name the emails are signed with: FROM's display name. "Jeff Light Reviews <r@x.net>" → "Jeff Light Reviews" */
export function publicationName(settings: Pick<Settings, "FROM">): string {
  return settings.FROM.replace(/\s*<[^>]*>\s*$/, "").replace(/^"(.*)"$/, "$1").trim();
}

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; problems: string[] };

const cache = new WeakMap<object, SettingsResult>();
/** Envs whose problems were logged: once each, and never by a quiet read. */
const logged = new WeakSet<object>();

/**
 * Parses the worker's env once per env object. Problems name each bad setting, and are logged
 * once, by the first read that is not `quiet` (the parse at startup is quiet).
 */
export function readSettings(env: Env, { quiet = false } = {}): SettingsResult {
  let result = cache.get(env);
  if (!result) {
    result = parseSettings(env);
    cache.set(env, result);
  }
  if (!result.ok && !quiet && !logged.has(env)) {
    logged.add(env);
    console.error(`review-digest: invalid settings: ${result.problems.join("; ")}`);
  }
  return result;
}

function parseSettings(env: Env): SettingsResult {
  const parsed = Settings.safeParse(env);
  const unsafe = parsed.success ? findUnsafeSettings(env as unknown as Record<string, unknown>, parsed.data.PUBLIC_URL, parsed.data.FROM) : [];
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => describeIssues({ ...parsed.error, issues: [issue] })) };
  return unsafe.length > 0 ? { ok: false, problems: unsafe } : { ok: true, settings: parsed.data };
}
