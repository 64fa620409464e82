// Keeps a digest under its byte limit (Gmail clips messages at about 102 KB). Bodies are cut
// only between top-level blocks, and the room is shared fairly: short reviews stay whole,
// long ones split what is left equally.
import render from "dom-serializer";
import { parseDocument } from "htmlparser2";

const encoder = new TextEncoder();

/** UTF-8 size, which is what mail size limits count. */
export function byteLength(text: string): number {
  return encoder.encode(text).length;
}

/**
 * Splits `available` bytes among bodies of the given sizes (water-filling): each gets what it
 * needs up to an equal share of what the smaller ones left over.
 * ([100, 5000, 5000], 3100) → [100, 1500, 1500]
 */
export function allocateFairly(sizes: number[], available: number): number[] {
  const order = sizes.map((size, index) => ({ size, index })).sort((a, b) => a.size - b.size);
  const shares = new Array<number>(sizes.length).fill(0);
  let left = Math.max(0, available);
  order.forEach(({ size, index }, position) => {
    const share = Math.floor(left / (order.length - position));
    shares[index] = Math.min(size, share);
    left -= shares[index] ?? 0;
  });
  return shares;
}

export interface Cut {
  html: string;
  truncated: boolean;
}

/** The longest run of whole top-level blocks (paragraphs, figures, lists…) that fits in maxBytes. */
export function cutAtParagraph(html: string, maxBytes: number): Cut {
  if (byteLength(html) <= maxBytes) return { html, truncated: false };
  const document = parseDocument(html);
  let kept = "";
  let used = 0;
  for (const node of document.children) {
    const piece = render(node, { encodeEntities: "utf8" });
    const size = byteLength(piece);
    if (used + size > maxBytes) break;
    kept += piece;
    used += size;
  }
  return { html: kept.trim(), truncated: true };
}
