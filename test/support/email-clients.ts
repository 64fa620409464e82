// caniemail checks through @jsx-email/doiuse-email (pinned 1.0.4). Its client list lacks
// `outlook.outlook-com` although its data has that column, so the checker below asks each
// client separately and adds Outlook.com itself. A feature with no data for a client is
// reported as unknown instead of aborting the whole check.
import { DoIUseEmail } from "@jsx-email/doiuse-email";

/** Gmail, Outlook for Windows and Outlook.com, Apple Mail, Yahoo: where the readers are. */
export const CHECKED_CLIENTS = [
  "gmail.desktop-webmail",
  "gmail.ios",
  "gmail.android",
  "gmail.mobile-webmail",
  "outlook.windows",
  "outlook.outlook-com",
  "apple-mail.macos",
  "apple-mail.ios",
  "yahoo.desktop-webmail",
  "yahoo.ios",
  "yahoo.android",
] as const;

export type CheckedClient = (typeof CHECKED_CLIENTS)[number];

export interface ClientReport {
  client: CheckedClient;
  /** caniemail feature titles the client does not support ("<figure> element"), each once. */
  errors: string[];
  warnings: string[];
  /** Every error message, a feature used ten times counted ten times. */
  errorCount: number;
}

/** DoIUseEmail with the client forced: the constructor would drop one missing from its list. */
class SingleClientCheck extends DoIUseEmail {
  constructor(client: CheckedClient) {
    super({ emailClients: ["gmail.*"] });
    (this as { emailClients: string[] }).emailClients = [client];
  }

  override checkFeaturesSupport(featureTitles: string | string[]): void {
    for (const title of [featureTitles].flat()) {
      try {
        super.checkFeaturesSupport(title);
      } catch (error) {
        if (!(error instanceof Error && /not found on/.test(error.message))) throw error;
      }
    }
  }
}

/** "`<figure>` element is not supported by `outlook.windows`" → "<figure> element" */
function featureOf(message: string): string {
  return /^`(.*?)` is/.exec(message)?.[1] ?? message;
}

/** One report per client, duplicates removed (a feature used ten times is one error). */
export function checkEmailClients(html: string): ClientReport[] {
  return CHECKED_CLIENTS.map((client) => {
    const result = new SingleClientCheck(client).check(html);
    const errors = result.success ? [] : result.errors;
    return {
      client,
      errors: [...new Set(errors.map(featureOf))].sort(),
      warnings: [...new Set(result.warnings.map(featureOf))].sort(),
      errorCount: errors.length,
    };
  });
}
