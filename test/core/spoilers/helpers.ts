// Test helpers for the spoiler engine: fixture reading and a plain-text view of HTML.
import render from "dom-serializer";
import type { Element } from "domhandler";
import { findAll, removeElement, textContent } from "domutils";
import { parseDocument } from "htmlparser2";

/** The first item's content:encoded of an RSS feed (the feed parser is tested on its own). */
export function readEncodedContent(xml: string): string {
  const found = /<content:encoded><!\[CDATA\[([\s\S]*?)\]\]><\/content:encoded>/.exec(xml);
  if (!found?.[1]) throw new Error("fixture has no content:encoded");
  return found[1];
}

/** Each block's text on its own line: "<p>a</p><p>b</p>" → "a\nb". */
export function plainText(html: string): string {
  const document = parseDocument(html.replace(/<\/(p|h[1-6]|li|blockquote|figcaption|div|summary)>/gi, "</$1>\n"));
  return textContent(document).split("\n").map((line) => line.trim()).filter(Boolean).join("\n");
}

export function countParagraph(html: string): number {
  return html.match(/<p[\s>]/g)?.length ?? 0;
}

/** HTML inside and outside data-spoiler wrappers ("mark" mode): "a<span data-spoiler>b</span>" → b / a. */
export function splitMarked(html: string): { inside: string; outside: string } {
  const document = parseDocument(html);
  const wrappers = findAll((element) => "data-spoiler" in element.attribs, document.children)
    .filter((element) => !findAncestorWrapper(element));
  const inside = wrappers.map((element) => render(element)).join("\n");
  for (const element of wrappers) removeElement(element);
  return { inside, outside: render(document) };
}

function findAncestorWrapper(element: Element): boolean {
  for (let at = element.parent; at && at.type === "tag"; at = at.parent) if ("data-spoiler" in at.attribs) return true;
  return false;
}

/** How many notices a post carries. */
export function countNotices(html: string): number {
  return html.match(/spoiler hidden/gi)?.length ?? 0;
}
