// Link hygiene for feed items: feeds decorate links with tracking parameters that would
// follow every subscriber around, and the id/dedupe logic wants one stable URL per post.

/** Query parameters that only track, never select content. */
const TRACKING_PARAMS = new Set(["fbclid", "gclid", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "igshid"]);

function isTrackingParam(name: string, value: string): boolean {
  const lower = name.toLowerCase();
  if (lower.startsWith("utm_")) return true;
  // Medium's `?source=rss-<user id>------2`; a plain `source` can be meaningful elsewhere.
  if (lower === "source" && value.toLowerCase().startsWith("rss")) return true;
  return TRACKING_PARAMS.has(lower);
}

/**
 * Removes tracking query parameters from a link; anything that is not an http(s) URL comes back as it was.
 * "https://medium.com/@a/post-1?source=rss-abc------2" → "https://medium.com/@a/post-1"
 */
export function removeTrackingParams(link: string): string {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return link.trim();
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return link.trim();
  for (const [name, value] of [...url.searchParams]) {
    if (isTrackingParam(name, value)) url.searchParams.delete(name);
  }
  // URLSearchParams leaves a bare "?" behind when the last parameter goes.
  if (url.searchParams.size === 0) url.search = "";
  return url.toString();
}
