// Keeps a digest under its byte limit (Gmail clips messages at about 102 KB). Bodies are cut
// only between top-level blocks, and the room is shared fairly: short reviews stay whole,
// long ones split what is left equally. Too many reviews for one email go into several emails
// (renderInGroups) instead of failing the poll.
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

/** Reviews per email when a poll brings many: each keeps room for its opening paragraphs. */
export const REVIEWS_PER_EMAIL = 25;

export interface RenderedGroup<T, R> {
  items: T[];
  result: R;
}

export interface GroupedRendering<T, R> {
  groups: RenderedGroup<T, R>[];
  /** Items that fail to render even alone, with the reason. */
  failed: { item: T; error: string }[];
}

/**
 * Renders items into as few emails as fit, never failing the lot: groups of at most `perEmail`,
 * each halved while rendering it throws (too large for one email, or a bad item), down to the
 * single item that fails alone. (60 reviews, 25 per email) → emails of 25, 25 and 10.
 */
export function renderInGroups<T, R>(items: T[], render: (group: T[]) => R, perEmail = REVIEWS_PER_EMAIL): GroupedRendering<T, R> {
  const rendering: GroupedRendering<T, R> = { groups: [], failed: [] };
  const pending: T[][] = [];
  for (let start = 0; start < items.length; start += perEmail) pending.push(items.slice(start, start + perEmail));
  // A stack with the first group on top, so the emails keep the items' order.
  pending.reverse();
  while (pending.length > 0) {
    const group = pending.pop() as T[];
    try {
      rendering.groups.push({ items: group, result: render(group) });
    } catch (error) {
      if (group.length === 1) rendering.failed.push({ item: group[0] as T, error: error instanceof Error ? error.message : String(error) });
      else {
        const half = Math.ceil(group.length / 2);
        pending.push(group.slice(half), group.slice(0, half));
      }
    }
  }
  return rendering;
}
