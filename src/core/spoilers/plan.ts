// Turns marker events into spoiler spans of the whole post, then groups touching spans into
// regions (one notice each). Offsets here are global: block texts joined by one "\n".
import type { MarkerEvent, Scope } from "./markers";
import type { Range, SpoilerSpan } from "./inline";

export interface LaidOutBlock {
  start: number;
  end: number;
  level: number;
  prose: boolean;
}

/** A marker event placed in the post: `block` is its index, offsets are global. */
export interface PlacedEvent extends MarkerEvent {
  block: number;
  /** Where an opener's span must end at the latest: the end of the list item it stands in. */
  limit?: number;
}

/** A run of spans with no kept content between them: it gets one notice. */
export interface Region {
  start: number;
  end: number;
  spans: SpoilerSpan[];
  /** Every span's marker text, sorted by start. */
  markers: Range[];
}

/**
 * Spans from events, in order. An opener runs to the closer that follows it; with none, to its
 * scope. "(Skip this paragraph…)" p figure "(End of Spoilers)" → one span through the closer.
 */
export function planSpans(blocks: LaidOutBlock[], events: PlacedEvent[]): SpoilerSpan[] {
  const nextClose = new Array<number>(events.length).fill(-1);
  for (let i = events.length - 2; i >= 0; i--) nextClose[i] = events[i + 1]!.type === "close" ? i + 1 : nextClose[i + 1]!;
  const headings = countHeadings(blocks);
  const sections = findSectionEnds(blocks);
  const spans: SpoilerSpan[] = [];
  events.forEach((event, index) => {
    if (event.type !== "open") return;
    // A span never leaves the section it opened in, unless it names the next section itself.
    const cap = event.scope.kind === "section" ? blocks.at(-1)?.end ?? 0 : sections[event.block]!;
    // A list item bounds its span too, but a closer that follows still ends it, as in a section.
    const scopeEnd = Math.min(cap, event.limit ?? Infinity, findScopeEnd(blocks, event.block, event.scope));
    const close = events[nextClose[index]!];
    // The closer right after an opener stretches its span to it (the seed review's skipped
    // paragraph, photo and closer), but never across a heading, and never a zero-width closer.
    const follows = close && close.end > close.start && nextClose[index] === index + 1
      && headings[close.block]! === headings[event.block + 1]!;
    const ends = close && close.start <= cap && (follows || close.start <= scopeEnd) ? close : undefined;
    const markers = [{ start: event.start, end: event.end }];
    if (ends && ends.end > ends.start) markers.push({ start: ends.start, end: ends.end });
    const end = Math.max(event.end, ends ? ends.end : scopeEnd);
    spans.push({ start: event.start, end, marker: event.marker, trigger: event.trigger, markers });
  });
  return spans;
}

/**
 * ends[i] = where the section holding block i ends: before the next heading of the same or a
 * higher level than the last heading before it. Blocks before any heading end with the post.
 */
function findSectionEnds(blocks: LaidOutBlock[]): number[] {
  const last = blocks.at(-1)?.end ?? 0;
  const ends = new Array<number>(blocks.length).fill(last);
  // nextAtOrAbove[level] = index of the next heading of that level or higher, scanning backwards.
  const nextAtOrAbove = new Array<number>(7).fill(-1);
  const levels = new Array<number>(blocks.length).fill(0);
  let current = 0;
  blocks.forEach((block, index) => {
    if (block.level > 0) current = block.level;
    levels[index] = current;
  });
  for (let index = blocks.length - 1; index >= 0; index--) {
    const level = levels[index]!;
    if (level > 0) {
      const next = nextAtOrAbove[level]!;
      ends[index] = next < 0 ? last : blocks[next - 1]!.end;
    }
    const own = blocks[index]!.level;
    if (own > 0) for (let at = own; at <= 6; at++) nextAtOrAbove[at] = index;
  }
  return ends;
}

/** headings[i] = how many headings come before block i: "a heading between" costs O(1). */
function countHeadings(blocks: LaidOutBlock[]): Uint32Array {
  const counts = new Uint32Array(blocks.length + 1);
  blocks.forEach((block, index) => {
    counts[index + 1] = counts[index]! + (block.level > 0 ? 1 : 0);
  });
  return counts;
}

function findScopeEnd(blocks: LaidOutBlock[], at: number, scope: Scope): number {
  const last = blocks.at(-1)?.end ?? 0;
  switch (scope.kind) {
    case "end":
      return last;
    case "rest":
      return blocks[at]!.end;
    case "blocks":
      return findParagraphsEnd(blocks, at, scope.count, scope.self) ?? last;
    case "section":
      return findSectionEnd(blocks, at, scope.count, scope.level);
  }
}

function findParagraphsEnd(blocks: LaidOutBlock[], at: number, count: number, self: boolean): number | undefined {
  let remaining = self ? count - 1 : count;
  if (remaining <= 0) return blocks[at]!.end;
  for (let i = at + 1; i < blocks.length; i++) {
    if (blocks[i]!.prose && --remaining === 0) return blocks[i]!.end;
  }
  return undefined;
}

function findSectionEnd(blocks: LaidOutBlock[], at: number, count: number, level: number): number {
  let first = at + 1;
  let ceiling = level;
  // "(Spoilers in the next section)" followed by that section's own heading: the heading is inside.
  const heading = blocks[first];
  if (heading && heading.level > 0 && blocks[at]!.level === 0) {
    ceiling = heading.level;
    first++;
  }
  let seen = 0;
  for (let i = first; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.level > 0 && block.level <= ceiling && ++seen === count) return blocks[i - 1]!.end;
  }
  return blocks.at(-1)?.end ?? 0;
}

/**
 * Merges overlapping spans, then groups spans into regions where `joins` allows (no content
 * between them, and no notice lost: see the engine's rule).
 */
export function groupRegions(spans: SpoilerSpan[], joins: (region: Range, next: Range) => boolean): Region[] {
  const merged: SpoilerSpan[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = merged.at(-1);
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      last.markers.push(...span.markers);
    } else {
      merged.push({ ...span, markers: [...span.markers] });
    }
  }
  const regions: Region[] = [];
  for (const span of merged) {
    const last = regions.at(-1);
    if (last && joins(last, span)) {
      last.end = span.end;
      last.spans.push(span);
      last.markers.push(...span.markers);
    } else {
      regions.push({ start: span.start, end: span.end, spans: [span], markers: [...span.markers] });
    }
  }
  for (const region of regions) region.markers.sort((a, b) => a.start - b.start);
  return regions;
}
