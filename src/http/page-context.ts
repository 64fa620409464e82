// Small shared pieces of the subscriber-facing routes.
import { HTTPException } from "hono/http-exception";
import { readSettings, type Settings } from "../settings";

/** The parsed settings, or a 500 whose public message hides the details (they are logged once by readSettings). */
export function requireSettings(env: Env): Settings {
  const result = readSettings(env);
  if (!result.ok) {
    throw new HTTPException(500, { message: "The newsletter is not configured correctly. The operator can find details in the logs." });
  }
  return result.settings;
}

/** "Jeff Light Reviews <reviews@example.com>" → "Jeff Light Reviews". */
export function siteNameOf(settings: Settings): string {
  return /^\s*([^<]*?)\s*</.exec(settings.FROM)?.[1] || "the newsletter";
}

export function publicUrl(settings: Settings, path: string): string {
  return `${settings.PUBLIC_URL}${path}`;
}
