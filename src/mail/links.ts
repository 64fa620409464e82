// Each subscriber's own parts of an email: signed links and the one-click unsubscribe headers
// that Gmail and Yahoo require of bulk senders (RFC 8058). Tokens are deterministic, so the
// same subscriber and edition always give byte-identical emails: Resend answers a retried
// batch whose payload changed with 409 invalid_idempotent_request.
import type { Settings } from "../settings";
import { signToken } from "../tokens";

export interface SubscriberLinks {
  unsubscribeUrl: string;
  preferencesUrl: string;
  viewInBrowserUrl: string;
  /** List-Unsubscribe and List-Unsubscribe-Post. */
  headers: Record<string, string>;
}

/** The links and headers for one subscriber in one edition. */
export async function buildSubscriberLinks(settings: Settings, subscriberId: number, editionId: number): Promise<SubscriberLinks> {
  const base = settings.PUBLIC_URL;
  const claims = { sub: String(subscriberId) };
  const [unsubscribeToken, preferencesToken] = await Promise.all([
    signToken(settings.TOKEN_SECRET, "unsubscribe", claims),
    signToken(settings.TOKEN_SECRET, "preferences", claims),
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
