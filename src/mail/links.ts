// Each subscriber's own parts of an email: signed links and the one-click unsubscribe headers
// that Gmail and Yahoo require of bulk senders (RFC 8058). Tokens are deterministic, so the
// same subscriber and edition always give byte-identical emails: Resend answers a retried
// batch whose payload changed with 409 invalid_idempotent_request.
import type { Settings } from "../settings";
import { signSubscriberToken } from "../tokens";

export interface SubscriberLinks {
  unsubscribeUrl: string;
  preferencesUrl: string;
  viewInBrowserUrl: string;
  /** List-Unsubscribe and List-Unsubscribe-Post. */
  headers: Record<string, string>;
}

/** Who the links are for: the id and the subscription's link key (both read with the chunk). */
export interface LinkRecipient {
  subscriberId: number;
  linkKey: string;
}

/** The links and headers for one subscriber in one edition. */
export async function buildSubscriberLinks(settings: Settings, recipient: LinkRecipient, editionId: number): Promise<SubscriberLinks> {
  const base = settings.PUBLIC_URL;
  const subscriber = { id: recipient.subscriberId, linkKey: recipient.linkKey };
  const [unsubscribeToken, preferencesToken] = await Promise.all([
    signSubscriberToken(settings.TOKEN_SECRET, "unsubscribe", subscriber),
    signSubscriberToken(settings.TOKEN_SECRET, "preferences", subscriber),
  ]);
  const unsubscribeUrl = `${base}/unsubscribe?token=${encodeURIComponent(unsubscribeToken)}`;
  return {
    unsubscribeUrl,
    preferencesUrl: `${base}/preferences?token=${encodeURIComponent(preferencesToken)}`,
    viewInBrowserUrl: `${base}/archive/${editionId}`,
    headers: {
      "List-Unsubscribe": `<${unsubscribeUrl}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}
