// Carries out one region on the DOM: in "remove" mode, drop it and leave one notice; in "mark"
// mode, drop only the marker text and wrap the rest in data-spoiler elements.
import type { ChildNode, Element } from "domhandler";
import { listBlockNodes, type Block } from "./blocks";
import { hoistNodes, replaceNodes, takeRange, wrapNodes } from "./dom-range";
import type { Range } from "./inline";
import { createBlockNotice, createInlineNotice } from "./notice";
import { findStartAt } from "./offsets";
import type { Region } from "./plan";
import type { TreeEditor } from "./tree-editor";

export interface Layout {
  blocks: Block[];
  starts: number[];
  hasContent: (start: number, end: number) => boolean;
  link: string;
  mode: "remove" | "mark";
  editor: TreeEditor;
}

interface Touch {
  block: Block;
  start: number;
  /** Local offsets of the region inside the block. */
  from: number;
  to: number;
  whole: boolean;
}

/** Applies one region; regions must be applied last first, so earlier offsets stay valid. */
export function applyRegion(layout: Layout, region: Region, withNotice: boolean): void {
  const touches = findTouchedBlocks(layout, region);
  const wholeBlocks: Array<{ block: Block; marker: string }> = [];
  const first = touches[0];
  const inlineNotice = withNotice && first !== undefined && !first.whole;
  for (const touch of [...touches].reverse()) {
    if (layout.mode === "mark") markTouch(layout, region, touch, wholeBlocks);
    else if (touch.whole) wholeBlocks.push({ block: touch.block, marker: "" });
    else replaceNodes(takeRange(touch.block, touch.from, touch.to, layout.editor), inlineNotice && touch === first ? createInlineNotice(layout.link) : undefined, layout.editor);
  }
  if (wholeBlocks.length === 0) return;
  wholeBlocks.reverse();
  if (layout.mode === "mark") return wrapBlocks(wholeBlocks, layout.editor);
  const tops = hoistNodes(wholeBlocks.flatMap((entry) => listBlockNodes(entry.block)), null, layout.editor);
  const listed = tops[0] !== undefined && isListItem(tops[0]);
  const notice = withNotice && !inlineNotice ? createBlockNotice(layout.link, listed ? "li" : "p") : undefined;
  replaceNodes(tops, notice, layout.editor);
}

function findTouchedBlocks(layout: Layout, region: Region): Touch[] {
  const touches: Touch[] = [];
  for (let index = findStartAt(layout.starts, region.start); index < layout.blocks.length; index++) {
    const block = layout.blocks[index]!;
    const start = layout.starts[index]!;
    const end = start + block.text.length;
    if (start >= region.end) break;
    const overlaps = Math.max(start, region.start) < Math.min(end, region.end) || (start === end && region.start <= start);
    if (!overlaps) continue;
    const from = Math.max(region.start, start) - start;
    const to = Math.min(region.end, end) - start;
    const whole = !layout.hasContent(start, start + from) && !layout.hasContent(start + to, end);
    touches.push({ block, start, from, to, whole });
  }
  return touches;
}

/** Splits [from, to) of a block into marker pieces (to drop) and content pieces (to wrap). */
function splitPieces(markers: Range[], touch: Touch): Array<Range & { marker: boolean }> {
  const pieces: Array<Range & { marker: boolean }> = [];
  let at = touch.from;
  for (let index = findLastAtOrBefore(markers, touch.start); index < markers.length; index++) {
    const range = markers[index]!;
    const start = Math.max(range.start - touch.start, touch.from);
    const end = Math.min(range.end - touch.start, touch.to);
    if (start >= touch.to) break;
    if (end <= at) continue;
    if (start > at) pieces.push({ start: at, end: start, marker: false });
    pieces.push({ start: Math.max(at, start), end, marker: true });
    at = end;
  }
  if (at < touch.to) pieces.push({ start: at, end: touch.to, marker: false });
  return pieces;
}

/** Index of the last item starting at or before `offset` (0 if none); items sorted by start. */
function findLastAtOrBefore(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let low = 0;
  let high = items.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (items[middle]!.start <= offset) low = middle;
    else high = middle - 1;
  }
  return Math.max(0, low);
}

/** The marker of the span that covers a block ("mark" mode labels each wrapper with it). */
function findMarker(region: Region, touch: Touch): string {
  return region.spans[findLastAtOrBefore(region.spans, touch.start + touch.from)]?.marker ?? "prose-block";
}

function markTouch(layout: Layout, region: Region, touch: Touch, wholeBlocks: Array<{ block: Block; marker: string }>): void {
  const pieces = splitPieces(region.markers, touch);
  const offset = touch.start;
  const contentPieces = pieces.filter((piece) => !piece.marker && layout.hasContent(offset + piece.start, offset + piece.end));
  // A marker line goes; an empty block (or one already wrapped as markup) stays as it is. Beside
  // a wrapped spoiler ("Spoiler: <span data-spoiler>…"), only the marker text goes.
  if (touch.whole && contentPieces.length === 0 && touch.block.wrapped.length === 0) {
    if (pieces.some((piece) => piece.marker)) for (const node of listBlockNodes(touch.block)) layout.editor.remove(node);
    return;
  }
  if (touch.whole && contentPieces.length === pieces.length) {
    wholeBlocks.push({ block: touch.block, marker: findMarker(region, touch) });
    return;
  }
  const marker = findMarker(region, touch);
  for (const piece of [...pieces].reverse()) {
    const nodes = takeRange(touch.block, piece.start, piece.end, layout.editor);
    if (piece.marker) replaceNodes(nodes, undefined, layout.editor);
    else if (contentPieces.includes(piece)) wrapNodes(nodes, "span", marker, layout.editor);
  }
}

/** Wraps whole blocks, one wrapper per run of blocks hidden by the same kind of marker. */
function wrapBlocks(entries: Array<{ block: Block; marker: string }>, editor: TreeEditor): void {
  let start = 0;
  for (let index = 1; index <= entries.length; index++) {
    if (index < entries.length && entries[index]!.marker === entries[start]!.marker) continue;
    const run = entries.slice(start, index);
    const marker = run[0]!.marker;
    const loose: ChildNode[] = [];
    for (const node of hoistNodes(run.flatMap((entry) => listBlockNodes(entry.block)), null, editor)) {
      // A <div> may not sit directly in a list: wrap each item's content instead.
      if (isListItem(node)) wrapNodes(listChildren(node, editor), "div", marker, editor);
      else loose.push(node);
    }
    wrapNodes(loose, "div", marker, editor);
    start = index;
  }
}

function listChildren(parent: Element, editor: TreeEditor): ChildNode[] {
  const children: ChildNode[] = [];
  editor.everyChild(parent, (child) => children.push(child) > 0);
  return children;
}

function isListItem(node: ChildNode): node is Element {
  return node.type === "tag" && /^(?:ul|ol)$/i.test((node.parent as Element | null)?.name ?? "");
}
