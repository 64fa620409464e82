// Medium appends a 1×1 tracking image to every item body. It is removed at ingest so it is
// never stored, rendered or fetched by a subscriber's mail client.
import { Parser } from "htmlparser2";

function isTrackingPixel(name: string, attributes: Record<string, string>): boolean {
  if (name !== "img") return false;
  try {
    const url = new URL(attributes.src ?? "", "https://medium.com/");
    return url.hostname.endsWith("medium.com") && url.pathname === "/_/stat";
  } catch {
    return false;
  }
}

/**
 * Removes every medium.com/_/stat image from an item body. The tokenizer only reports where
 * each pixel's tag starts and ends; everything else is left byte for byte as the feed sent it.
 */
export function removeTrackingPixels(html: string): string {
  // Skip the tokenizing for the common case: no pixel, nothing to do.
  if (!html.includes("/_/stat")) return html;
  const ranges: [number, number][] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (isTrackingPixel(name, attributes)) ranges.push([parser.startIndex, parser.endIndex + 1]);
    },
  });
  parser.end(html);
  let result = html;
  for (const [start, end] of ranges.reverse()) result = result.slice(0, start) + result.slice(end);
  return result;
}
