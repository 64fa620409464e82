// removeSpoilers: one post's HTML in; the HTML with every marked spoiler replaced by a notice
// (or wrapped, in "mark" mode) and a list of what was taken out. Pure, offline, linear.
import render from "dom-serializer";
import type { ChildNode, Element, ParentNode } from "domhandler";
import { parseDocument } from "htmlparser2";
import type { RemovedPassage } from "../types";
import { applyRegion, type Layout } from "./apply";
import { findStartAt } from "./offsets";
import { containsNode, listBlocks, type Block } from "./blocks";
import { findDelimitedSpoilers, type Range, type SpoilerSpan } from "./inline";
import { markSpoilerElements } from "./mark-elements";
import { findPhraseWindows, type PhraseWindows } from "./hits";
import { findAllHits, streamOf, type HitKind } from "./matcher";
import { isWhiteTextAnnounced } from "./white-text";
import { scanBlock, type MarkerEvent } from "./markers";
import { groupRegions, planSpans, type PlacedEvent } from "./plan";
import { DENIALS } from "./denials";
import { SENTENCE_BREAK, buildStream, isWordChar } from "./stream";
import { TreeEditor } from "./tree-editor";
import { countWords, foldText, hasContentBetween, maskText, tidyText } from "./text";

export interface RemoveOptions {
  /** The original post: every notice links to it. */
  link: string;
  /** "remove" (default) replaces spoilers by notices; "mark" wraps them in data-spoiler elements. */
  mode?: "remove" | "mark";
}

export interface RemoveResult {
  html: string;
  /** In reading order; in "mark" mode, spoilers marked by markup come first. */
  removed: RemovedPassage[];
}

/**
 * Takes every marked spoiler out of a post.
 * `<p>Spoiler alert: he dies.</p><p>Great.</p>` → `<p><em>Spoiler hidden: <a …>…</a>.</em></p><p>Great.</p>`.
 */
export function removeSpoilers(html: string, options: RemoveOptions): RemoveResult {
  const mode = options.mode ?? "remove";
  const document = parseDocument(html);
  const opaque = new Set<ChildNode>();
  const editor = new TreeEditor();
  const removed = mode === "mark" ? markSpoilerElements(document, opaque, editor) : [];
  editor.flush();
  const passages = removeFromBlocks(listBlocks(document, opaque), { link: options.link, mode, editor });
  if (passages === undefined && removed.length === 0) return { html, removed };
  removed.push(...(passages ?? []));
  return { html: render(document, { encodeEntities: "utf8" }), removed };
}

/** What removeFromBlocks needs besides the blocks. */
export interface PassContext {
  link: string;
  mode: "remove" | "mark";
  editor: TreeEditor;
}

/**
 * The pass over a parsed post's blocks (from listBlocks), editing their DOM in place. Returns
 * what was taken out, or undefined when no span was found and the DOM was not touched, so a
 * caller may keep the feed's own markup byte for byte.
 */
export function removeFromBlocks(blocks: Block[], context: PassContext): RemovedPassage[] | undefined {
  const starts: number[] = [];
  let length = 0;
  for (const block of blocks) {
    starts.push(length);
    length += block.text.length + 1;
  }
  const text = blocks.map((block) => block.text).join("\n");
  // Each call stops at the first content character, over ranges that do not overlap: linear,
  // and no per-character pass over the whole post (most posts have no span to place).
  const hasContent = (start: number, end: number) => hasContentBetween(text, start, end);
  const regions = groupRegions(findSpans(blocks, starts), (region, next) => joinsRegion({ text, starts, blocks }, hasContent, region, next));
  if (regions.length === 0) return undefined;
  const layout: Layout = { blocks, starts, hasContent, ...context };
  const described = regions.map((region) => region.spans.map((span) => describeSpan(span, text)).filter((passage) => passage !== undefined));
  // Last region first: each one's DOM edits leave the offsets of those before it untouched.
  for (let index = regions.length - 1; index >= 0; index--) applyRegion(layout, regions[index]!, described[index]!.length > 0);
  context.editor.flush();
  return described.flat();
}

/**
 * Whether a span joins the region before it (one notice for both): when no content lies
 * between them, and, across blocks, only spaces, and the span does not start a section. So a
 * paragraph ending "…[spoiler]x[/spoiler]." keeps its full stop, and the spoiler section after
 * it gets its own notice.
 */
function joinsRegion(layout: { text: string; starts: number[]; blocks: Block[] }, hasContent: (start: number, end: number) => boolean, region: Range, next: Range): boolean {
  if (hasContent(region.end, next.start)) return false;
  const block = findStartAt(layout.starts, next.start);
  if (findStartAt(layout.starts, Math.max(region.start, region.end - 1)) === block) return true;
  return layout.text.slice(region.end, next.start).trim() === "" && layout.blocks[block]!.level === 0;
}

/** Every spoiler span of the post: markup, delimiters, then prose markers planned across blocks. */
function findSpans(blocks: Block[], starts: number[]): SpoilerSpan[] {
  const spans: SpoilerSpan[] = [];
  const events: PlacedEvent[] = [];
  // A "||" line waiting for the next one, and where its event goes among the events.
  let bar: { event: PlacedEvent; at: number } | undefined;
  // The decoration around the last opener standing as its own line ("🚨🚨🚨 SPOILERS 🚨🚨🚨"): a
  // line of nothing but that decoration ("🚨🚨🚨") closes the span.
  let banner: string | undefined;
  blocks.forEach((block, index) => {
    const windows = findPhraseWindows(block.text);
    const offset = starts[index]!;
    if (banner !== undefined && block.text.trim() === banner) {
      const at = offset + block.text.indexOf(banner);
      events.push({ type: "close", start: at, end: at + banner.length, marker: "prose-block", trigger: banner, scope: { kind: "end" }, block: index });
      banner = undefined;
      return;
    }
    if (block.white.length > 0 && isWhiteTextAnnounced(blocks, index)) addWhiteText(block, offset, index, spans, events);
    // Most blocks hold no delimiter and no marker word: nothing to fold, mask or scan.
    if (isQuiet(block, windows)) return;
    // Discord's ||…|| across paragraphs, each || a line of its own: they pair in order, as
    // they open and close alike; an unpaired one is kept as text.
    const line = block.code.length === 0 ? findBarLine(block.text) : -1;
    if (line >= 0) {
      const event: PlacedEvent = { type: "open", start: offset + line, end: offset + line + 2, marker: "discord", trigger: "||", scope: { kind: "end" }, block: index };
      if (!bar) bar = { event, at: events.length };
      else {
        events.splice(bar.at, 0, bar.event);
        events.push({ ...event, type: "close" });
        bar = undefined;
      }
      return;
    }
    const folded = foldText(block.text);
    const delimited = findDelimitedSpoilers(folded, block.code);
    const local = [...block.markup, ...delimited];
    for (const span of local) spans.push(shiftSpan(span, offset));
    // Code is content, never a marker: `>!` shown as an example opens nothing. Folding moves no
    // word or sentence break, so the windows hold for the folded text, unless masking hid a word.
    const masks = [...local, ...block.code];
    const bare = block.text.trim();
    for (const event of scanBlock(maskText(folded, masks), block.level, masks.length === 0 ? windows : undefined)) {
      // "Spoiler: [spoiler]…[/spoiler]": the label names the markup right after it, and goes with it.
      const markup = findLabelledMarkup(event, local, block);
      const label = { start: event.start, end: Math.min(event.end, markup ?? event.end) };
      if (markup !== undefined) spans.push(shiftSpan({ ...event, ...label, markers: [label] }, offset));
      else events.push({ ...event, start: event.start + offset, end: event.end + offset, block: index });
      if (event.type === "open" && event.trigger === bare) banner = findBanner(bare);
    }
  });
  const laidOut = blocks.map((block, index) => ({
    start: starts[index]!, end: starts[index]! + block.text.length, level: block.level, prose: block.prose,
  }));
  const planned: PlacedEvent[] = [];
  let named: Map<string, number[]> | undefined;
  const headings = () => (named ??= indexHeadings(blocks));
  // The line that opened the span still open, if it stands alone: the same line again closes it.
  let openLine: string | undefined;
  for (const event of events) {
    // "## Spoilers?" then "None. I checked twice.": the heading marks nothing.
    // So does "## Spoiler warning? Not needed".
    if (event.type === "open" && event.marker === "heading" && ((asksAboutSpoilers(blocks[event.block]) && isDenial(blocks[event.block + 1])) || answersItself(blocks[event.block]))) continue;
    // "Spoilers: none", "Spoiler: nessuno", "Spojleri: nema": a label answered on its own line.
    if (event.type === "open" && event.block >= 0 && isAnsweredLabel(event, blocks, starts)) continue;
    const whole = fillsItsBlock(event, blocks, starts);
    if (whole && labelsNextBlock(event, blocks)) {
      spans.push(labelSpan(event));
      continue;
    }
    const line = whole ? event.trigger.toLowerCase() : undefined;
    if (event.type === "open" && line !== undefined && line === openLine) {
      // Ekşi Sözlük's "--- spoiler ---" … "--- spoiler ---": one line marks both ends.
      planned.push({ ...event, type: "close" });
      openLine = undefined;
      continue;
    }
    openLine = event.type === "open" ? line : undefined;
    const opened = event.type === "open" && labelsWholeQuote(event, blocks, starts) ? { ...event, scope: { kind: "end" as const } } : event;
    planned.push(opened.type === "open" ? { ...opened, limit: Math.min(findItemLimit(opened, blocks, starts) ?? Infinity, findNamedHeading(opened, blocks, starts, headings)) } : opened);
  }
  return [...spans, ...planSpans(laidOut, planned)];
}

const MAX_HEADING_WORDS = 4;

/**
 * Where a span ends that sends readers on to a heading by name: "bitte bis zum Fazit
 * runterscrollen" ends before <h2>Fazit</h2>, "skip to the verdict" before "Verdict". A heading
 * that is itself a marker or names an ending ("The ending") is where spoilers are, not where
 * they stop: it ends nothing. Infinity when the opener's block names no heading after it.
 */
function findNamedHeading(event: PlacedEvent, blocks: Block[], starts: number[], headings: () => Map<string, number[]>): number {
  const names = headings();
  if (names.size === 0) return Infinity;
  // Each run of up to MAX_HEADING_WORDS words the block says, looked up among the headings' names:
  // linear in the block, however many headings the post has.
  const words = foldWords(blocks[event.block]!.text).split(" ");
  let found = Infinity;
  for (let first = 0; first < words.length; first++) {
    let name = "";
    for (let count = 1; count <= MAX_HEADING_WORDS && first + count <= words.length; count++) {
      name = count === 1 ? words[first]! : `${name} ${words[first + count - 1]}`;
      for (const index of names.get(name) ?? []) if (index >= event.block + 2 && index < found) found = index;
    }
  }
  if (found === Infinity || findAllHits(streamOf(foldText(blocks[found]!.text))).some((hit) => !WORDS_AROUND_MARKERS.has(hit.kind))) return Infinity;
  return starts[found - 1]! + blocks[found - 1]!.text.length;
}

/** The post's headings by folded name (of 3+ characters and at most MAX_HEADING_WORDS words). */
function indexHeadings(blocks: Block[]): Map<string, number[]> {
  const names = new Map<string, number[]>();
  blocks.forEach((block, index) => {
    if (block.level === 0) return;
    const name = foldWords(block.text);
    if (name.length < 3 || name.split(" ").length > MAX_HEADING_WORDS) return;
    names.set(name, [...(names.get(name) ?? []), index]);
  });
  return names;
}

/** A text's words as the matcher folds them, one space between each: "Das Fazit!" → "das fazit". */
function foldWords(text: string): string {
  return buildStream(text, NO_QUALIFIERS).text.replaceAll(SENTENCE_BREAK, " ");
}

const NO_QUALIFIERS: ReadonlySet<string> = new Set();
const WORDS_AROUND_MARKERS: ReadonlySet<HitKind> = new Set<HitKind>(["line", "topic", "verb", "direction", "boilerplate"]);

/**
 * A label alone on its line (fillsItsBlock: "Spoiler", "Show spoiler") right before a block that is
 * nothing but spoiler markup (a forum's spoiler box, a collapsed card) names that markup: it goes
 * with it, and opens no span over the rest of the section.
 */
function labelsNextBlock(event: PlacedEvent, blocks: Block[]): boolean {
  const next = blocks[event.block + 1];
  return next !== undefined && next.text.trim() !== "" && isAllMarkup(next);
}

/**
 * A span opened in a list item stays in it: "<li>Spoiler: …</li>", "<li>Spoilers on the ending:
 * <ul>…</ul></li>" hide that item (its nested list included), not the items after it. A marker
 * that is all its item holds ("<li>Spoilers</li>") names the items after it: it stays in its list.
 * So for a quotation or pull quote holding a marker and its spoiler.
 */
function findItemLimit(event: PlacedEvent, blocks: Block[], starts: number[]): number | undefined {
  const block = blocks[event.block];
  if (!block || event.scope.kind === "section") return undefined;
  const box = closestBox(block.element ?? block.first);
  if (!box) {
    const wrapper = findLabelWrapper(block, event, blocks, starts);
    return wrapper ? findLastInside(wrapper, blocks, starts, event.block) : undefined;
  }
  const boxEnd = findLastInside(box, blocks, starts, event.block);
  const alone = boxEnd === starts[event.block]! + block.text.length && textAfter(event, blocks, starts).trim() === "";
  if (!alone) return boxEnd;
  // A quote or callout that only warns ("> ⚠️ Spoilers ahead") announces what follows it.
  if (box.name.toLowerCase() !== "li") return undefined;
  return box.parent?.type === "tag" ? findLastInside(box.parent, blocks, starts, event.block) : undefined;
}

/**
 * A forum's spoiler box built of two parts, <div class="sp-wrap"><div class="sp-head">Spoiler</div>
 * <div class="sp-body">…</div></div>: a label filling the first names the second, and the span
 * ends with the wrapper.
 */
function findLabelWrapper(block: Block, event: PlacedEvent, blocks: Block[], starts: number[]): Element | undefined {
  const parent = block.element?.parent;
  if (!parent || parent.type !== "tag" || textAfter(event, blocks, starts).trim() !== "") return undefined;
  const parts = parent.children.filter((child) => child.type === "tag");
  return parts.length === 2 && parts[0] === block.element ? (parent as Element) : undefined;
}

// A marker inside one of these covers the box, not the section: a list item, a quotation, an aside,
// a table (a wiki's collapsible "Spoiler warning" table, a fact box).
// And a callout: WordPress's group styled as one, Ghost's callout card, a docs-style admonition.
const BOXES = new Set(["li", "blockquote", "aside", "table"]);
const CALLOUT_CLASS = /callout|admonition|is-style-notice|kg-callout/i;

function closestBox(node: ChildNode): Element | undefined {
  for (let at: ChildNode | ParentNode | null = node; at; at = at.parent) {
    if (at.type !== "tag") continue;
    const element = at as Element;
    if (BOXES.has(element.name.toLowerCase()) || CALLOUT_CLASS.test(element.attribs.class ?? "")) return element;
  }
  return undefined;
}

/**
 * A label leading a quotation's first paragraph labels the whole quotation: a reader's letter
 * "> [Spoilers for Nieve negra] …" is one piece, to its signature.
 */
function labelsWholeQuote(event: PlacedEvent, blocks: Block[], starts: number[]): boolean {
  const block = blocks[event.block];
  if (!block || event.scope.kind !== "blocks" || !event.scope.self || event.start !== starts[event.block]! + leadingSpace(block.text)) return false;
  const box = closestBox(block.element ?? block.first);
  if (!box || box.name.toLowerCase() !== "blockquote") return false;
  const first = blocks.findIndex((candidate) => containsNode(box, candidate.element ?? candidate.first));
  return first === event.block;
}

function leadingSpace(text: string): number {
  return text.length - text.trimStart().length;
}

/** The end offset of the last block, from `from` on, whose nodes lie inside `ancestor`. */
function findLastInside(ancestor: ParentNode, blocks: Block[], starts: number[], from: number): number {
  let last = from;
  while (last + 1 < blocks.length && containsNode(ancestor, blocks[last + 1]!.element ?? blocks[last + 1]!.first)) last++;
  return starts[last]! + blocks[last]!.text.length;
}

const DENIAL_SET = new Set(DENIALS);

const MAX_DENIAL_WORDS = 3;

/** Whether a block's first sentence is a short denial: "None.", "There are none.", "Nenhum.", "없습니다." */
function isDenial(block: Block | undefined): boolean {
  return block !== undefined && block.level === 0 && isDenialSentence(/^[^.!?\n\u3002\uff01\uff1f\u0964\u06d4]*/.exec(block.text.trim())![0]);
}

/**
 * Whether a denial under a heading can answer its marker: "## Spoilers" then "None.", "Spoilers?"
 * then "No.". "Does the dog survive? (spoilers)" asks something else and labels its answer: a
 * "No." under it is the spoiler.
 */
const QUESTION_THEN_LABEL = /[?\uff1f\u061f]\s*[([\uff08\u3010][^)\]\uff09\u3011]*[)\]\uff09\u3011]\s*$/;

function asksAboutSpoilers(block: Block | undefined): boolean {
  return block !== undefined && !QUESTION_THEN_LABEL.test(block.text.trim());
}

/** A heading that asks and answers: "Spoiler warning? Not needed", "Spoilers? None". */
function answersItself(block: Block | undefined): boolean {
  const answer = block?.text.trim().split(/[?\uff1f\u061f]/);
  return answer !== undefined && answer.length === 2 && isDenialSentence(answer[1]!);
}

/**
 * A marker whose block goes on with a denial for a sentence: "Spoilers: none.", "剧透：无。想聊的是摄影…"
 * (see isDenialSentence's `whole`).
 */
function isAnsweredLabel(event: PlacedEvent, blocks: Block[], starts: number[]): boolean {
  const rest = textAfter(event, blocks, starts).trim();
  const answer = /^[^.!?\u3002\uff01\uff1f\u0964\u06d4]*/.exec(rest)![0].trim();
  return answer !== "" && answer.length <= 40 && isDenialSentence(answer, true);
}

function isDenialSentence(sentence: string, whole = false): boolean {
  if (sentence.length > 40) return false;
  // Accents off, as the lexicons are written; NFC again so Hangul syllables stay whole.
  const folded = sentence.normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC").toLowerCase();
  let spaced = "";
  for (let i = 0; i < folded.length; i++) spaced += isWordChar(folded.charCodeAt(i)) ? folded[i] : " ";
  const words = spaced.trim().split(/\s+/);
  if (words.length > MAX_DENIAL_WORDS) return false;
  // After a label, the answer is all there is, or its first word with one more: "none", "nema KEEP3",
  // "none, promise"; "none of them survive" and "no one survives" are spoilers.
  if (whole) {
    for (let take = Math.min(3, words.length); take >= 1; take--) if (words.length - take <= 1 && DENIAL_SET.has(words.slice(0, take).join(" "))) return true;
    return false;
  }
  // The denial ends the sentence: "None.", "Absolutely none.", "Es gibt keine."
  for (let take = Math.min(3, words.length); take >= 1; take--) if (DENIAL_SET.has(words.slice(-take).join(" "))) return true;
  return false;
}

/** Whether a prose opener that runs to the section's end is all its block holds. */
function fillsItsBlock(event: PlacedEvent, blocks: Block[], starts: number[]): boolean {
  if (event.type !== "open" || event.scope.kind !== "end" || event.marker !== "prose-block" || event.block < 0) return false;
  return blocks[event.block]!.text.slice(0, event.start - starts[event.block]!).trim() === "" && textAfter(event, blocks, starts).trim() === "";
}

/** What an event's block holds after it. */
function textAfter(event: PlacedEvent, blocks: Block[], starts: number[]): string {
  return blocks[event.block]!.text.slice(event.end - starts[event.block]!);
}

function isAllMarkup(block: Block): boolean {
  return block.markup.length > 0 && maskText(block.text, block.markup, " ").trim() === "";
}

function labelSpan(event: PlacedEvent): SpoilerSpan {
  return { start: event.start, end: event.end, marker: event.marker, trigger: event.trigger, markers: [{ start: event.start, end: event.end }] };
}

/**
 * Announced white text is a spoiler of its own. An announcing line alone on the line before
 * opened a span to the end (the text to highlight may run on): the white text shows where the
 * spoiler is, so that span ends where the white text's block starts.
 */
function addWhiteText(block: Block, offset: number, index: number, spans: SpoilerSpan[], events: PlacedEvent[]): void {
  for (const range of block.white) {
    spans.push({ start: offset + range.start, end: offset + range.end, marker: "spoiler-class", trigger: "white text", markers: [] });
  }
  const last = events.at(-1);
  if (last?.type !== "open" || last.scope.kind !== "end" || last.block !== index - 1) return;
  events.push({ type: "close", start: offset, end: offset, marker: "prose-block", trigger: "", scope: { kind: "end" }, block: index });
}

/** Where the spoiler markup an opener of a paragraph (no heading) stands right before starts, if it does. */
function findLabelledMarkup(event: MarkerEvent, local: readonly SpoilerSpan[], block: Block): number | undefined {
  const scope = event.scope;
  if (event.type !== "open" || scope.kind === "section" || (scope.kind === "blocks" && !(scope.self && scope.count === 1))) return undefined;
  // A wrapped spoiler ("mark" mode) left no text, so the marker's trailing spaces may reach past it.
  const next = Math.min(...local.filter((span) => span.start >= event.end).map((span) => span.start), ...block.wrapped.filter((at) => at > event.start));
  return next !== Infinity && block.text.slice(Math.min(event.end, next), next).trim() === "" ? next : undefined;
}

const MIN_BANNER = 2;

/** The decoration an opener line starts with, if it is at least two characters of no word: "🚨🚨🚨 SPOILERS 🚨🚨🚨" → "🚨🚨🚨". */
function findBanner(line: string): string | undefined {
  let end = 0;
  while (end < line.length && !isWordChar(line.charCodeAt(end))) end++;
  const lead = line.slice(0, end).trim();
  return lead.length >= MIN_BANNER && end < line.length ? lead : undefined;
}

/** Where a block that is nothing but "||" has it, else -1. */
function findBarLine(text: string): number {
  const at = text.indexOf("||");
  return at >= 0 && text.trim() === "||" ? at : -1;
}

/** A block that can yield no span and no event: no markup, code, delimiter or lexicon anchor word. */
function isQuiet(block: Block, windows: PhraseWindows): boolean {
  const text = block.text;
  return block.markup.length === 0 && block.code.length === 0 && text.indexOf("[") < 0 && text.indexOf("||") < 0
    && text.indexOf(">!") < 0 && text.indexOf("!<") < 0 && windows !== undefined && windows.length === 0;
}

function shiftSpan(span: SpoilerSpan, offset: number): SpoilerSpan {
  const markers = span.markers.map((range) => ({ start: range.start + offset, end: range.end + offset }));
  return { ...span, start: span.start + offset, end: span.end + offset, markers };
}

/** What a span took out, minus its marker text; undefined when it held nothing but markers. */
function describeSpan(span: SpoilerSpan, text: string): RemovedPassage | undefined {
  const parts: string[] = [];
  let at = span.start;
  for (const marker of [...span.markers].sort((a, b) => a.start - b.start)) {
    if (marker.start > at) parts.push(text.slice(at, marker.start));
    at = Math.max(at, marker.end);
  }
  if (at < span.end) parts.push(text.slice(at, span.end));
  const content = parts.join("");
  if (!hasContentBetween(content, 0, content.length)) return undefined;
  const plain = tidyText(content);
  return { marker: span.marker, trigger: span.trigger, text: plain, words: countWords(plain) };
}
