// The feed request: a conditional GET with a timeout and a size cap, so a slow or huge feed
// cannot hold a cron tick or a Worker's memory.
import { readCappedBytes } from "../capped-body";
import { decodeFeedBytes } from "../core/feed-encoding";

export const USER_AGENT = "review-digest/0.1 (+https://github.com/review-digest; spoiler-free review newsletter)";
export const FEED_TIMEOUT_MS = 10_000;
export const FEED_MAX_BYTES = 5 * 1024 * 1024;

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type FeedFetch =
  | { kind: "not_modified" }
  | { kind: "ok"; xml: string; etag: string | null; lastModified: string | null }
  | { kind: "error"; message: string };

function describeFetchError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return `timed out after ${timeoutMs / 1000} s`;
  }
  return `network error: ${error instanceof Error ? error.message : String(error)}`;
}

/** GETs a feed; validators (ETag, Last-Modified) make an unchanged feed answer 304. */
export async function fetchFeed(
  url: string,
  validators: Validators | undefined,
  limits = { timeoutMs: FEED_TIMEOUT_MS, maxBytes: FEED_MAX_BYTES },
): Promise<FeedFetch> {
  const headers = new Headers({ "User-Agent": USER_AGENT, Accept: "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5" });
  if (validators?.etag) headers.set("If-None-Match", validators.etag);
  if (validators?.lastModified) headers.set("If-Modified-Since", validators.lastModified);
  let response: Response;
  let xml: string | undefined;
  try {
    response = await fetch(url, { headers, signal: AbortSignal.timeout(limits.timeoutMs), redirect: "follow" });
    if (response.status === 304) return { kind: "not_modified" };
    if (!response.ok) {
      await response.body?.cancel();
      return { kind: "error", message: `HTTP ${response.status} ${response.statusText}`.trim() };
    }
    const body = await readCappedBytes(response, limits.maxBytes);
    // Decoded by the feed's declaration (charset, XML prolog), not always as UTF-8.
    xml = body.ok ? decodeFeedBytes(body.bytes, response.headers.get("content-type")) : undefined;
  } catch (error) {
    return { kind: "error", message: describeFetchError(error, limits.timeoutMs) };
  }
  if (xml === undefined) return { kind: "error", message: `the feed is larger than ${limits.maxBytes} bytes` };
  return { kind: "ok", xml, etag: response.headers.get("etag"), lastModified: response.headers.get("last-modified") };
}
