// The double opt-in email: one link, valid for 48 hours, nothing else to click. The HTML is the
// digest's frame (core/render/message.tsx), so it renders as reliably in every client.
import { renderMessageEmail } from "../core/render/message";
import type { OutgoingEmail } from "../mail/types";
import type { Settings } from "../settings";
import { signSubscriberToken } from "../tokens";
import { publicUrl, siteNameOf } from "./page-context";

export const CONFIRMATION_LIFETIME_MS = 48 * 60 * 60 * 1000;

/** Signs a confirmation link bound to the subscription (its link key) and its current token version. */
export async function buildConfirmUrl(settings: Settings, subscriber: { id: number; tokenVersion: number; linkKey: string }, now: Date): Promise<string> {
  const token = await signSubscriberToken(settings.TOKEN_SECRET, "confirm", subscriber, {
    exp: now.getTime() + CONFIRMATION_LIFETIME_MS,
    ver: subscriber.tokenVersion,
  });
  return publicUrl(settings, `/confirm?token=${encodeURIComponent(token)}`);
}

export function buildConfirmationEmail(settings: Settings, to: string, confirmUrl: string): OutgoingEmail {
  const site = siteNameOf(settings);
  const subject = `Confirm your subscription to ${site}`;
  const email: OutgoingEmail = {
    from: settings.FROM,
    to,
    subject,
    html: renderMessageEmail({
      subject,
      preheader: "One click to confirm, and reviews start arriving.",
      publication: site,
      paragraphs: [`Someone, hopefully you, asked to get ${site} by email at this address.`],
      action: { label: "Yes, subscribe me", url: confirmUrl },
      note: "The link works for 48 hours. If you did not ask, ignore this email: nothing will be sent to you.",
    }),
    text: `Someone, hopefully you, asked to get ${site} by email at this address.\n\nConfirm within 48 hours:\n${confirmUrl}\n\nIf you did not ask, ignore this email: nothing will be sent to you.\n`,
    tags: [{ name: "kind", value: "confirmation" }],
  };
  if (settings.REPLY_TO) email.replyTo = settings.REPLY_TO;
  return email;
}
