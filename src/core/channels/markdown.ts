// Review HTML → chat markup, one string per block (paragraph, heading, list item, quote).
// Walks the htmlparser2 DOM instead of pattern-matching HTML text. Spoiler regions are the
// `data-spoiler` elements of the spoiler engine's "mark" mode: Discord hides them with
// `||…||`; every other flavour drops them, in case one slipped through the spoiler pass.
import { parseDocument } from "htmlparser2";
import { isTag, isText, type AnyNode, type Element } from "domhandler";
import { safeFeedUrl } from "../feed-links";

export interface Flavour {
  name: "discord" | "slack" | "plain";
  escape(text: string): string;
  bold(text: string): string;
  italic(text: string): string;
  link(text: string, href: string): string;
  quote(text: string): string;
  item(text: string): string;
  /** Wraps hidden text; undefined means spoiler regions are dropped. */
  spoiler?: (text: string) => string;
}

export const discordFlavour: Flavour = {
  name: "discord",
  // A stray `|` or `*` in prose would otherwise open or close markup (a `||` would unhide a spoiler).
  escape: (text) => text.replace(/([\\*_~`|[\]<>#])/g, "\\$1"),
  bold: (text) => `**${text}**`,
  italic: (text) => `*${text}*`,
  link: (text, href) => `[${text}](${href.replace(/[()]/g, encodeURIComponent)})`,
  quote: (text) => `> ${text}`,
  item: (text) => `• ${text}`,
  spoiler: (text) => `||${text}||`,
};

export const slackFlavour: Flavour = {
  name: "slack",
  // Slack mrkdwn: only &, < and > are control characters.
  escape: (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"),
  bold: (text) => `*${text}*`,
  italic: (text) => `_${text}_`,
  link: (text, href) => `<${href.replace(/[|>]/g, encodeURIComponent)}|${text.replace(/\|/g, "¦")}>`,
  quote: (text) => `> ${text}`,
  item: (text) => `• ${text}`,
};

export const plainFlavour: Flavour = {
  name: "plain",
  escape: (text) => text,
  bold: (text) => text,
  italic: (text) => text,
  link: (text, href) => (text === href ? href : `${text} (${href})`),
  quote: (text) => `> ${text}`,
  item: (text) => `- ${text}`,
};

const BLOCKS = new Set([
  "p", "div", "section", "article", "header", "footer", "aside", "main", "figure", "figcaption",
  "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "table", "tr", "hr", "details", "summary",
]);
const SKIPPED = new Set(["script", "style", "template", "noscript", "img", "picture", "video", "audio", "iframe", "svg", "head", "title"]);

interface Walk {
  flavour: Flavour;
  blocks: string[];
  line: string;
  /** Set while inside a block-level spoiler: each block in it is wrapped on its own. */
  blockSpoiler: boolean;
  quoteDepth: number;
}

function flush(walk: Walk, itemPrefix = false): void {
  const text = walk.line.replace(/[ \t]+\n/g, "\n").replace(/\n{3,}/g, "\n\n").trim();
  walk.line = "";
  if (!text) return;
  const { flavour } = walk;
  let block = walk.blockSpoiler && flavour.spoiler ? flavour.spoiler(text) : text;
  if (itemPrefix) block = flavour.item(block);
  if (walk.quoteDepth > 0) block = flavour.quote(block);
  walk.blocks.push(block);
}

function isSpoiler(element: Element): boolean {
  return element.attribs["data-spoiler"] !== undefined;
}

/** A body link goes through the one rule for feed-supplied URLs; relative ones have no base here and are dropped. */
function safeHref(element: Element): string | undefined {
  return safeFeedUrl(element.attribs.href);
}

/** Renders inline children to a string (bold, links, inline spoilers), for wrapping as a unit. */
function renderInline(nodes: AnyNode[], walk: Walk): string {
  const saved = walk.line;
  walk.line = "";
  for (const node of nodes) visit(node, walk);
  const inner = walk.line;
  walk.line = saved;
  return inner;
}

function visitElement(element: Element, walk: Walk): void {
  const name = element.name.toLowerCase();
  const { flavour } = walk;
  if (SKIPPED.has(name)) return;
  if (name === "br") {
    walk.line += "\n";
    return;
  }
  if (isSpoiler(element)) {
    if (!flavour.spoiler) return;
    if (BLOCKS.has(name) && !walk.blockSpoiler) {
      flush(walk);
      walk.blockSpoiler = true;
      for (const child of element.children) visit(child, walk);
      flush(walk);
      walk.blockSpoiler = false;
      return;
    }
    if (!walk.blockSpoiler) {
      const inner = renderInline(element.children, walk).trim();
      if (inner) walk.line += flavour.spoiler(inner);
      return;
    }
  }
  if (BLOCKS.has(name)) {
    visitBlock(element, name, walk);
    return;
  }
  visitInline(element, name, walk);
}

function visitBlock(element: Element, name: string, walk: Walk): void {
  const { flavour } = walk;
  flush(walk);
  if (name === "hr") return;
  if (name === "blockquote") walk.quoteDepth += 1;
  if (/^h[1-6]$/.test(name) || name === "summary") {
    const inner = renderInline(element.children, walk).trim();
    if (inner) walk.line = flavour.bold(inner);
  } else {
    for (const child of element.children) visit(child, walk);
  }
  flush(walk, name === "li");
  if (name === "blockquote") walk.quoteDepth -= 1;
}

function visitInline(element: Element, name: string, walk: Walk): void {
  const { flavour } = walk;
  const inner = renderInline(element.children, walk);
  const trimmed = inner.trim();
  if (!trimmed) {
    walk.line += inner;
    return;
  }
  const href = name === "a" ? safeHref(element) : undefined;
  // Keep the surrounding spaces outside the markup: "** bold**" is not bold in any flavour.
  const lead = inner.startsWith(" ") ? " " : "";
  const tail = inner.endsWith(" ") ? " " : "";
  if (href) walk.line += lead + flavour.link(trimmed, href) + tail;
  else if (name === "strong" || name === "b") walk.line += lead + flavour.bold(trimmed) + tail;
  else if (name === "em" || name === "i") walk.line += lead + flavour.italic(trimmed) + tail;
  else walk.line += inner;
}

function visit(node: AnyNode, walk: Walk): void {
  if (isText(node)) {
    walk.line += walk.flavour.escape(node.data.replace(/\s+/g, " "));
    return;
  }
  if (isTag(node)) {
    visitElement(node, walk);
    return;
  }
  if ("children" in node) for (const child of node.children) visit(child, walk);
}

/**
 * HTML → chat blocks: `<p>Hi <b>there</b></p><p>Bye</p>` → ["Hi **there**", "Bye"] (discord).
 * `hideAll` hides every block (a review flagged as a spoiler as a whole), in flavours that can.
 */
export function renderBlocks(html: string, flavour: Flavour, hideAll = false): string[] {
  const walk: Walk = { flavour, blocks: [], line: "", blockSpoiler: hideAll, quoteDepth: 0 };
  for (const node of parseDocument(html).children) visit(node, walk);
  flush(walk);
  return walk.blocks;
}
