// The one mailer seam: Resend when RESEND_API_KEY is set, else the local D1 outbox.
import type { Settings } from "../settings";
import { cleanOutgoingEmail } from "./headers";
import { createOutboxMailer } from "./outbox";
import { createResendMailer } from "./resend";
import type { Mailer } from "./types";

export type { Mailer, OutgoingEmail, SendOutcome, SendFailureKind, RateLimitInfo } from "./types";

/** Picks the transport from the settings (parsed by readSettings, so never raw env text). */
export function createMailer(env: Env, settings: Settings): Mailer {
  const transport = settings.RESEND_API_KEY ? createResendMailer(settings.RESEND_API_KEY, settings.RESEND_BASE_URL, settings.RESEND_TIMEOUT_MS) : createOutboxMailer(env.DB);
  return withCleanHeaders(transport);
}

/** Every message of every transport gets clean headers (subjects carry feed titles). */
function withCleanHeaders(transport: Mailer): Mailer {
  return {
    transport: transport.transport,
    send: (message, options) => transport.send(cleanOutgoingEmail(message), options),
    sendBatch: (messages, options) => transport.sendBatch(messages.map(cleanOutgoingEmail), options),
  };
}
