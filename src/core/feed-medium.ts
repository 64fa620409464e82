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
 * Removes every medium.com/_/stat image from an item body; everything else is left byte for byte
 * as the feed sent it. Each "/_/stat" is read in the tag around it alone; only when that is not
 * one clean tag (the text mentions it, an attribute holds "<" or ">") is the whole body tokenized.
 */
export function removeTrackingPixels(html: string): string {
  // Skip the tokenizing for the common case: no pixel, nothing to do.
  if (!html.includes(PIXEL_PATH)) return html;
  const ranges: Array<[number, number]> = [];
  for (let at = html.indexOf(PIXEL_PATH); at >= 0; at = html.indexOf(PIXEL_PATH, at + 1)) {
    const start = html.lastIndexOf("<", at);
    const end = html.indexOf(">", at);
    const pixel = start < 0 || end < 0 ? undefined : readPixelTag(html.slice(start, end + 1));
    if (pixel === undefined) return removeByTokenizing(html);
    if (pixel) ranges.push([start, end + 1]);
  }
  return cut(html, ranges);
}

const PIXEL_PATH = "/_/stat";

/** Whether `tag` is one tracking-pixel tag; undefined when it is not exactly one whole tag. */
function readPixelTag(tag: string): boolean | undefined {
  let found: boolean | undefined;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (found === undefined && parser.startIndex === 0 && parser.endIndex === tag.length - 1) found = isTrackingPixel(name, attributes);
      else found = undefined;
    },
  });
  parser.end(tag);
  return found;
}

/** The tokenizer reports where each pixel's tag starts and ends. */
function removeByTokenizing(html: string): string {
  const ranges: Array<[number, number]> = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (isTrackingPixel(name, attributes)) ranges.push([parser.startIndex, parser.endIndex + 1]);
    },
  });
  parser.end(html);
  return cut(html, ranges);
}

function cut(html: string, ranges: Array<[number, number]>): string {
  let result = html;
  for (const [start, end] of ranges.reverse()) result = result.slice(0, start) + result.slice(end);
  return result;
}
