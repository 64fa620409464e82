// Its own module so that callers can tell a feed's error apart without loading the parser:
// a cron tick answered 304 never evaluates feed.ts and what it imports.

/** The document is not an RSS or Atom feed; the message says why, in one line. */
export class FeedError extends Error {
  override name = "FeedError";
}
