// Stands in for standardwebhooks in the worker bundle (wrangler.toml [alias]). The resend SDK
// imports it at the top of its module for `webhooks.verify`, which this worker never calls: it
// verifies Resend's webhooks itself with Web Crypto (verifyStandardWebhook in src/crypto.ts),
// whose tests check it against the real package. The package and its SHA-256 and base64 code
// are ~5 KB gzip of the bundle. Should that path ever be reached, it fails loudly.
export class Webhook {
  constructor() {
    throw new Error("review-digest: standardwebhooks is not bundled (src/stubs/standardwebhooks.ts); verify with verifyStandardWebhook");
  }
}

export class WebhookVerificationError extends Error {}
