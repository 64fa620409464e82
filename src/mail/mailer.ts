// The one mailer seam: Resend when RESEND_API_KEY is set, else the local D1 outbox.
import type { Settings } from "../settings";
import { createOutboxMailer } from "./outbox";
import { createResendMailer } from "./resend";
import type { Mailer } from "./types";

export type { Mailer, OutgoingEmail, SendOutcome, SendFailureKind, RateLimitInfo } from "./types";

/** Picks the transport from the settings (parsed by readSettings, so never raw env text). */
export function createMailer(env: Env, settings: Settings): Mailer {
  if (settings.RESEND_API_KEY) return createResendMailer(settings.RESEND_API_KEY, settings.RESEND_BASE_URL, settings.RESEND_TIMEOUT_MS);
  return createOutboxMailer(env.DB);
}
