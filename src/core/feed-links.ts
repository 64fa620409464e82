// Link hygiene for feed items. A feed is hostile input: its links end up as hrefs in the email,
// the archive, /feed.xml, the console and every channel payload, so one rule decides them all
// (safeFeedUrl). Feeds also decorate links with tracking parameters that would follow every
// subscriber around, and the id/dedupe logic wants one stable URL per post.

/** Query parameters that only track, never select content. */
const TRACKING_PARAMS = new Set(["fbclid", "gclid", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "igshid"]);

function isTrackingParam(name: string, value: string): boolean {
  const lower = name.toLowerCase();
  if (lower.startsWith("utm_")) return true;
  // Medium's `?source=rss-<user id>------2`; a plain `source` can be meaningful elsewhere.
  if (lower === "source" && value.toLowerCase().startsWith("rss")) return true;
  return TRACKING_PARAMS.has(lower);
}

function stripTracking(url: URL): string {
  for (const [name, value] of [...url.searchParams]) {
    if (isTrackingParam(name, value)) url.searchParams.delete(name);
  }
  // URLSearchParams leaves a bare "?" behind when the last parameter goes.
  if (url.searchParams.size === 0) url.search = "";
  return url.toString();
}

function parseUrl(value: string, base: string | undefined): URL | undefined {
  try {
    return base === undefined ? new URL(value) : new URL(value, base);
  } catch {
    return undefined;
  }
}

/**
 * The one rule for every URL a feed supplies: an absolute http(s) URL with a host and no
 * credentials (resolved against `base` when relative), tracking parameters removed; anything
 * else is undefined. Entities are already decoded by the XML parser, and the WHATWG parser
 * drops tabs and newlines and lower-cases the scheme, so "JaVa&#x09;Script:" is javascript:.
 * ("/p/1?utm_source=x", "https://blog.example/feed") → "https://blog.example/p/1";
 * "javascript:alert(1)", "data:…", "mailto:a@b", "https://user:pw@x.example/" → undefined
 */
export function safeFeedUrl(value: string | undefined, base?: string): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const url = parseUrl(text, base);
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) return undefined;
  if (!url.hostname || url.username || url.password) return undefined;
  return stripTracking(url);
}

/**
 * Removes tracking query parameters from a link; anything that is not an http(s) URL comes back as it was.
 * "https://medium.com/@a/post-1?source=rss-abc------2" → "https://medium.com/@a/post-1"
 */
export function removeTrackingParams(link: string): string {
  const url = parseUrl(link.trim(), undefined);
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) return link.trim();
  return stripTracking(url);
}

/** A dropped link, as the feed's status may quote it: clipped, control characters shown as spaces. */
export function quoteDroppedLink(value: string): string {
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " ").trim();
  return JSON.stringify(clean.length > 60 ? `${clean.slice(0, 59)}…` : clean);
}
