// Every email passes through here on its way to a transport (Resend or the outbox): whatever
// part of it came from feed data, no header it produces can carry a control character.
import { cleanHeaderText, cleanSubject } from "../core/header-text";
import type { OutgoingEmail } from "./types";

/** RFC 5322 field names: printable ASCII except the colon. Anything else is not sent. */
const HEADER_NAME = /^[!-9;-~]+$/;

function cleanHeaders(headers: Record<string, string>): Record<string, string> {
  const clean: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (HEADER_NAME.test(name)) clean[name] = cleanHeaderText(value);
  }
  return clean;
}

/** The email with a capped, clean subject and clean sender, recipient and header values. */
export function cleanOutgoingEmail(email: OutgoingEmail): OutgoingEmail {
  const clean: OutgoingEmail = {
    ...email,
    from: cleanHeaderText(email.from),
    to: cleanHeaderText(email.to),
    subject: cleanSubject(email.subject),
  };
  if (email.replyTo !== undefined) clean.replyTo = cleanHeaderText(email.replyTo);
  if (email.headers) clean.headers = cleanHeaders(email.headers);
  return clean;
}
