// How the console and the preview name what the spoiler engine removed: plain words, not the
// engine's identifiers ("inline warning", not "inline-warning"), and counts that agree in number.
import type { SpoilerMarker } from "./types";

const MARKER_LABELS: Partial<Record<SpoilerMarker, string>> = {
  "prose-block": "warning line",
  "prose-scoped": "scoped warning",
  heading: "spoiler heading",
  "inline-warning": "inline warning",
  bbcode: "[spoiler] tag",
  reddit: "Reddit >!…!<",
  discord: "Discord ||…||",
  "spoiler-class": "spoiler class",
  details: "collapsible block",
  "toggle-card": "toggle card",
  "whole-review": "whole review",
};

/** "inline-warning" → "inline warning"; a marker without a label is spelled out the same way. */
export function describeMarker(marker: string): string {
  return MARKER_LABELS[marker as SpoilerMarker] ?? marker.replace(/[-_]+/g, " ");
}

/** 1 → "1 passage", 2 → "2 passages" (also "1 word", "3 words"). */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
