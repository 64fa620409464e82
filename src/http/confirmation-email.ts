// The double opt-in email: one link, valid for 48 hours, nothing else to click.
import type { OutgoingEmail } from "../mail/types";
import type { Settings } from "../settings";
import { signToken } from "../tokens";
import { publicUrl, siteNameOf } from "./page-context";

export const CONFIRMATION_LIFETIME_MS = 48 * 60 * 60 * 1000;

/** Signs a confirmation link bound to the subscriber's current token version. */
export async function buildConfirmUrl(settings: Settings, subscriber: { id: number; tokenVersion: number }, now: Date): Promise<string> {
  const token = await signToken(settings.TOKEN_SECRET, "confirm", {
    sub: String(subscriber.id),
    exp: now.getTime() + CONFIRMATION_LIFETIME_MS,
    ver: subscriber.tokenVersion,
  });
  return publicUrl(settings, `/confirm?token=${encodeURIComponent(token)}`);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function buildConfirmationEmail(settings: Settings, to: string, confirmUrl: string): OutgoingEmail {
  const site = siteNameOf(settings);
  const email: OutgoingEmail = {
    from: settings.FROM,
    to,
    subject: `Confirm your subscription to ${site}`,
    html: `<!doctype html><html lang="en"><body style="font-family:system-ui,sans-serif;font-size:16px;line-height:1.5;color:#1d1d1f">
<p>Someone, hopefully you, asked to get ${escapeHtml(site)} by email at this address.</p>
<p><a href="${escapeHtml(confirmUrl)}" style="display:inline-block;padding:10px 18px;background:#1f4fbf;color:#ffffff;border-radius:6px;text-decoration:none;font-weight:600">Yes, subscribe me</a></p>
<p style="color:#555">The link works for 48 hours. If you did not ask, ignore this email: nothing will be sent to you.</p>
</body></html>`,
    text: `Someone, hopefully you, asked to get ${site} by email at this address.\n\nConfirm within 48 hours:\n${confirmUrl}\n\nIf you did not ask, ignore this email: nothing will be sent to you.\n`,
    tags: [{ name: "kind", value: "confirmation" }],
  };
  if (settings.REPLY_TO) email.replyTo = settings.REPLY_TO;
  return email;
}
