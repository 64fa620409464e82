// Medium appends a 1×1 tracking image to every item body. It is removed at ingest so it is
// never stored, rendered or fetched by a subscriber's mail client.
import render from "dom-serializer";
import type { Element } from "domhandler";
import { parseDocument } from "htmlparser2";
import { findAll, removeElement } from "domutils";

function isTrackingPixel(element: Element): boolean {
  if (element.name !== "img") return false;
  try {
    const url = new URL(element.attribs.src ?? "", "https://medium.com/");
    return url.hostname.endsWith("medium.com") && url.pathname.startsWith("/_/stat");
  } catch {
    return false;
  }
}

/** Removes every medium.com/_/stat image from an item body; other markup is untouched. */
export function removeTrackingPixels(html: string): string {
  // Skip the parse for the common case: no pixel, nothing to do.
  if (!html.includes("/_/stat")) return html;
  const document = parseDocument(html);
  const pixels = findAll(isTrackingPixel, document.children);
  if (pixels.length === 0) return html;
  for (const pixel of pixels) removeElement(pixel);
  return render(document, { encodeEntities: "utf8" });
}
