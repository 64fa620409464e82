// Flattens a post into the sequence of blocks a reader sees (paragraphs, headings, list items,
// quotes, figures, embeds), descending through wrappers, so a spoiler span can start in one
// <div> and end in another. Each block keeps a map from its text offsets back to DOM nodes.
import type { ChildNode, Element, ParentNode } from "domhandler";
import type { SpoilerMarker } from "../types";
import { detectSpoilerElement } from "./elements";
import { isWhiteText } from "./white-text";
import { OBJECT } from "./text";

/** One piece of a block's text: a text node, or one stand-in character for an image or line break. */
export interface Segment {
  node: ChildNode;
  start: number;
  end: number;
}

/** A span of a block (local offsets) hidden by markup, such as <span class="spoiler">. */
export interface MarkupSpoiler {
  start: number;
  end: number;
  marker: SpoilerMarker;
  trigger: string;
  /** The label's text (a <summary>), which is not itself the spoiler. */
  markers: Array<{ start: number; end: number }>;
}

export interface Block {
  parent: ParentNode;
  first: ChildNode;
  /** The block's element; undefined for a run of loose inline nodes between blocks. */
  element?: Element;
  /** For a run: the node just after it (the <br><br> that ends it), if not a block. */
  end?: ChildNode;
  /** 1–6 for headings, else 0. */
  level: number;
  /** Counts as a paragraph for "skip the next paragraph". */
  prose: boolean;
  text: string;
  segments: Segment[];
  markup: MarkupSpoiler[];
  /** Text inside <code>, <pre>, <kbd> and <samp>: `a || b` there is code, not a spoiler. */
  code: Array<{ start: number; end: number }>;
  /** White text ("highlight to read"): a spoiler only where the post announces it (white-text.ts). */
  white: Array<{ start: number; end: number }>;
  /** Where a spoiler already wrapped in "mark" mode (opaque, so not in `text`) stood. */
  wrapped: number[];
}

const BLOCK_TAGS = new Set([
  "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote",
  "figure", "pre", "table", "hr", "section", "article", "header", "footer", "aside", "main", "nav",
  "details", "address", "form", "fieldset", "center", "body", "html", "iframe", "video", "audio", "picture",
]);
const CONTAINER_TAGS = new Set([
  "div", "section", "article", "main", "header", "footer", "aside", "nav", "body", "html", "ul", "ol",
  "dl", "dd", "li", "blockquote", "form", "fieldset", "center",
]);
const PROSE_TAGS = new Set(["p", "li", "blockquote", "pre", "dd", "dt", "address", "div"]);
const OBJECT_TAGS = new Set(["img", "iframe", "video", "audio", "embed", "object", "svg", "canvas", "picture", "math"]);
const SKIPPED_TAGS = new Set(["script", "style", "template", "noscript"]);
const CODE_TAGS = new Set(["code", "pre", "kbd", "samp"]);

function isElement(node: ChildNode): node is Element {
  return node.type === "tag" || node.type === "script" || node.type === "style";
}

/** Whether a node starts a block of its own (as opposed to flowing inside one). */
export function isBlockNode(node: ChildNode): node is Element {
  return isElement(node) && BLOCK_TAGS.has(node.name.toLowerCase());
}

/** Lists a post's blocks in reading order: <div><p>a</p>b</div> → [<p>a</p>, "b"]. */
export function listBlocks(root: ParentNode, opaque: ReadonlySet<ChildNode>): Block[] {
  const blocks: Block[] = [];
  collectBlocks(root, opaque, blocks);
  promotePseudoHeadings(blocks);
  return blocks;
}

const PSEUDO_HEADING_MAX = 60;
const PSEUDO_HEADING_WORDS = 8;

/**
 * Posts without headings often title their sections with a bold line of its own (Blogger and
 * WordPress's classic editor: "<p><strong>The verdict</strong></p>"). With two such lines or
 * more and no real heading, they are read as headings of the lowest level, so a span one opens
 * ("<p><strong>Spoilers</strong></p>") ends at the next, as it would at an <h6>.
 */
function promotePseudoHeadings(blocks: Block[]): void {
  if (blocks.some((block) => block.level > 0)) return;
  const pseudo = blocks.filter(isPseudoHeading);
  if (pseudo.length < 2) return;
  for (const block of pseudo) block.level = 6;
}

function isPseudoHeading(block: Block): boolean {
  if (block.element?.name.toLowerCase() !== "p") return false;
  const text = block.text.trim();
  if (text === "" || text.length > PSEUDO_HEADING_MAX || text.endsWith(".") || text.split(/\s+/).length > PSEUDO_HEADING_WORDS) return false;
  const children = block.element.children.filter((node) => !(node.type === "text" && node.data.trim() === ""));
  // The bold title alone, or followed by an aside in brackets: "**Night Ferry** (dir. Tom Acheson)".
  const aside = children.length === 2 && children[1]!.type === "text" && BRACKETED_ASIDE.test(children[1]!.data);
  const only = children.length === 1 || aside ? children[0]! : undefined;
  return only !== undefined && isElement(only) && (only.name.toLowerCase() === "strong" || only.name.toLowerCase() === "b");
}

const BRACKETED_ASIDE = /^\s*\([^()]{1,40}\)\s*$/;

function collectBlocks(parent: ParentNode, opaque: ReadonlySet<ChildNode>, out: Block[]): void {
  let run: ChildNode[] = [];
  const flush = () => {
    for (const piece of splitAtDoubleBreaks(run)) {
      if (piece.nodes.some((node) => node.type === "text" ? node.data.trim() !== "" : isElement(node))) {
        out.push({ ...describeBlock(parent, piece.nodes, undefined, opaque), end: piece.end });
      }
    }
    run = [];
  };
  for (const child of parent.children) {
    if (!isBlockNode(child)) {
      run.push(child);
      continue;
    }
    flush();
    if (!opaque.has(child) && CONTAINER_TAGS.has(child.name.toLowerCase()) && child.children.some(isBlockNode)
      && !detectSpoilerElement(child)) {
      collectBlocks(child, opaque, out);
    } else {
      out.push(describeBlock(parent, [child], child, opaque));
    }
  }
  flush();
}

function isBreak(node: ChildNode | undefined): boolean {
  return node !== undefined && isElement(node) && node.name.toLowerCase() === "br";
}

function isBlank(node: ChildNode | undefined): boolean {
  return node !== undefined && node.type === "text" && node.data.trim() === "";
}

/**
 * Splits loose inline content at blank lines (<br><br>), which feeds without <p> use as
 * paragraph breaks: "a<br><br>b" → [a], [b]. The breaks themselves belong to no block.
 */
function splitAtDoubleBreaks(run: ChildNode[]): Array<{ nodes: ChildNode[]; end?: ChildNode }> {
  const pieces: Array<{ nodes: ChildNode[]; end?: ChildNode }> = [];
  let nodes: ChildNode[] = [];
  for (let i = 0; i < run.length; i++) {
    let next = i + 1;
    while (isBlank(run[next])) next++;
    if (!isBreak(run[i]) || !isBreak(run[next])) {
      nodes.push(run[i]!);
      continue;
    }
    const end = run[i]!;
    while (isBreak(run[next]) || isBlank(run[next])) next++;
    pieces.push({ nodes, end });
    nodes = [];
    i = next - 1;
  }
  pieces.push({ nodes });
  return pieces.filter((piece) => piece.nodes.length > 0);
}

function describeBlock(parent: ParentNode, nodes: ChildNode[], element: Element | undefined, opaque: ReadonlySet<ChildNode>): Block {
  const tag = element?.name.toLowerCase() ?? "";
  const heading = /^h([1-6])$/.exec(tag);
  const walk: Walk = { parts: [], length: 0, segments: [], markup: [], code: [], white: [], wrapped: [], opaque };
  for (const node of nodes) walkNode(node, walk, false);
  return {
    parent,
    first: nodes[0]!,
    element,
    level: heading ? Number(heading[1]) : 0,
    prose: element === undefined || PROSE_TAGS.has(tag),
    text: walk.parts.join(""),
    segments: walk.segments,
    markup: walk.markup,
    code: walk.code,
    white: walk.white,
    wrapped: walk.wrapped,
  };
}

interface Walk {
  parts: string[];
  length: number;
  segments: Segment[];
  markup: MarkupSpoiler[];
  code: Array<{ start: number; end: number }>;
  white: Array<{ start: number; end: number }>;
  wrapped: number[];
  opaque: ReadonlySet<ChildNode>;
}

function pushText(walk: Walk, node: ChildNode, text: string): void {
  walk.parts.push(text);
  walk.segments.push({ node, start: walk.length, end: walk.length + text.length });
  walk.length += text.length;
}

function walkNode(node: ChildNode, walk: Walk, insideSpoiler: boolean): void {
  if (walk.opaque.has(node)) {
    walk.wrapped.push(walk.length);
    return;
  }
  if (node.type === "text") {
    if (node.data) pushText(walk, node, node.data);
    return;
  }
  if (!isElement(node)) return;
  const name = node.name.toLowerCase();
  if (SKIPPED_TAGS.has(name)) return;
  if (name === "br" || name === "hr") return pushText(walk, node, "\n");
  if (OBJECT_TAGS.has(name)) return pushText(walk, node, OBJECT);
  const spoiler = insideSpoiler ? undefined : detectSpoilerElement(node);
  const start = walk.length;
  const markers: MarkupSpoiler["markers"] = [];
  for (const child of node.children) {
    const before = walk.length;
    walkNode(child, walk, insideSpoiler || spoiler !== undefined);
    if (spoiler?.label && (child === spoiler.label || containsNode(child, spoiler.label))) markers.push({ start: before, end: walk.length });
  }
  if (CODE_TAGS.has(name) && walk.length > start) walk.code.push({ start, end: walk.length });
  if (!insideSpoiler && !spoiler && walk.length > start && isWhiteText(node)) walk.white.push({ start, end: walk.length });
  if (spoiler && walk.length > start) {
    walk.markup.push({ start, end: walk.length, marker: spoiler.marker, trigger: spoiler.trigger, markers });
  }
}

/** Whether `node` lies somewhere below `ancestor`. */
export function containsNode(ancestor: ChildNode | ParentNode, node: ChildNode): boolean {
  for (let at: ParentNode | null = node.parent; at; at = at.parent) if (at === ancestor) return true;
  return false;
}

/** The nodes of a block as they stand now (a run is re-read, since splitting text adds siblings). */
export function listBlockNodes(block: Block): ChildNode[] {
  if (block.element) return [block.element];
  const nodes: ChildNode[] = [];
  for (let node: ChildNode | null = block.first; node && node !== block.end && !isBlockNode(node); node = node.next) nodes.push(node);
  return nodes;
}
