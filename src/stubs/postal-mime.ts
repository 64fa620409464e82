// Stands in for postal-mime in the worker bundle (wrangler.toml [alias]). The resend SDK
// imports it at the top of its module, but calls it only in `emails.receiving.forward` (to
// re-send an inbound email it downloads), which this worker never uses: it only sends
// (`emails.send`, `batch.send`). The real parser is ~71 KB of the bundle, mostly an entity table.
// Should that path ever be reached, it fails loudly instead of parsing wrongly.
export default class PostalMime {
  static parse(): never {
    throw new Error("review-digest: postal-mime is not bundled (src/stubs/postal-mime.ts); inbound email parsing is unused");
  }
}
