// One post as the author has it (a saved .html page, a post URL that is not a feed, or a draft
// pasted into the console), turned into the Review the feed would carry, so the author can see
// what the spoiler pass does before publishing.
import type { Element } from "domhandler";
import { findOne, getAttributeValue, getOuterHTML, removeElement, textContent, findAll } from "domutils";
import { parseDocument } from "htmlparser2";
import type { Review } from "./types";

// Page furniture around the post, never part of it.
const FURNITURE = new Set(["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template"]);

const byTag = (name: string) => (element: Element) => element.name === name;

/** True when the text is an HTML page, not RSS or Atom: "<!DOCTYPE html>…" → true */
export function looksLikeHtmlPage(text: string): boolean {
  return /^\s*(?:\uFEFF)?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(text);
}

function findTitle(root: ReturnType<typeof parseDocument>): string | undefined {
  const meta = findOne((element) => element.name === "meta" && getAttributeValue(element, "property") === "og:title", root.children);
  const candidates = [meta && getAttributeValue(meta, "content"), textOf(findOne(byTag("title"), root.children)), textOf(findOne(byTag("h1"), root.children))];
  return candidates.find((title) => title && title.trim())?.trim();
}

const textOf = (element: Element | null) => (element ? textContent(element).replace(/\s+/g, " ").trim() : undefined);

/**
 * The post in a page: its <article>, else <main>, else <body> without navigation, else the
 * whole fragment (a pasted draft). `link` is where the email's "read the original" points.
 * reviewFromPage("<h1>Past Lives</h1><p>…</p>", { link: "https://critic.example/past-lives" }).title → "Past Lives"
 */
export function reviewFromPage(html: string, options: { link: string; title?: string | undefined }): Review {
  const document = parseDocument(html);
  const title = options.title?.trim() || findTitle(document) || "Untitled draft";
  const container = findOne(byTag("article"), document.children) ?? findOne(byTag("main"), document.children) ?? findOne(byTag("body"), document.children);
  const nodes = container ? container.children : document.children;
  for (const element of findAll((candidate) => FURNITURE.has(candidate.name), nodes)) removeElement(element);
  const head = findOne(byTag("head"), nodes);
  if (head) removeElement(head);
  return {
    id: options.link,
    link: options.link,
    title,
    categories: [],
    html: getOuterHTML(nodes, { encodeEntities: "utf8" }),
    source: "generic",
    containsSpoilers: false,
  };
}
