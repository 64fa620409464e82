// A sanitised review body made ready for mail clients: inline styles with explicit margins
// (Outlook for Windows), images capped at the content column with a width attribute, no
// element Yahoo or Outlook drops, and the spoiler notices styled from their data-notice mark.
import render from "dom-serializer";
import { type AnyNode, Element, isTag, isText, type ParentNode } from "domhandler";
import { appendChild, findAll, removeElement, replaceElement } from "domutils";
import { parseDocument } from "htmlparser2";
import { CONTENT_WIDTH, UNSUPPORTED_ELEMENTS } from "./client-limits";
import { BODY_STYLES, STYLES } from "./theme";

function setStyle(element: Element, style: string, className?: string): void {
  element.attribs.style = style;
  if (className) element.attribs.class = className;
}

function layoutTable(cell: Element, tableStyle: string): Element {
  const row = new Element("tr", {});
  appendChild(row, cell);
  const table = new Element("table", {
    role: "presentation",
    width: "100%",
    cellpadding: "0",
    cellspacing: "0",
    border: "0",
    style: tableStyle,
  });
  appendChild(table, row);
  return table;
}

/** Notice links are numbered references in the plain-text part (see text.ts). */
function markNoticeLinks(notice: Element): void {
  for (const link of findAll((node) => node.name === "a", notice.children)) link.attribs.class = "rd-notice-link";
}

/** `<p data-notice>` → a one-cell table: Outlook keeps a cell's padding, border and background. */
function boxNotice(notice: Element): void {
  markNoticeLinks(notice);
  const cell = new Element("td", { class: "rd-notice", style: STYLES.noticeCell });
  for (const child of [...notice.children]) appendChild(cell, child);
  replaceElement(notice, layoutTable(cell, STYLES.noticeTable));
}

/** `<em data-notice="inline">[<a>spoiler hidden</a>]</em>` → the styled marker, brackets dropped. */
function markInlineNotice(notice: Element): void {
  for (const child of [...notice.children]) if (isText(child) && /^[\s[\]]*$/.test(child.data)) removeElement(child);
  setStyle(notice, STYLES.noticeMarker, "rd-notice");
  delete notice.attribs["data-notice"];
  markNoticeLinks(notice);
  for (const link of notice.children) {
    if (isTag(link) && link.name === "a") link.attribs.title = "Read the hidden passage in the original post";
  }
}

/** A notice standing for list items stays an item; its text becomes the marker. */
function markListNotice(item: Element): void {
  setStyle(item, BODY_STYLES.li ?? "");
  delete item.attribs["data-notice"];
  markNoticeLinks(item);
  for (const child of item.children) if (isTag(child) && child.name === "em") setStyle(child, STYLES.noticeMarker, "rd-notice");
}

/** An image is never wider than the column: the attribute for Outlook, CSS for everyone else. */
function fitImage(image: Element): void {
  const own = Number(image.attribs.width) || undefined;
  const width = Math.min(own ?? CONTENT_WIDTH, CONTENT_WIDTH);
  image.attribs.width = String(width);
  // A wide image spans the column (at any screen size); a small one keeps its size.
  image.attribs.style = width === CONTENT_WIDTH
    ? `display:block;width:100%;max-width:${CONTENT_WIDTH}px;height:auto;border:0;`
    : "max-width:100%;height:auto;border:0;";
}

function styleElement(element: Element): void {
  const notice = element.attribs["data-notice"];
  if (notice === "inline") return markInlineNotice(element);
  if (notice !== undefined) return element.name === "li" ? markListNotice(element) : boxNotice(element);
  if (element.name === "img") return fitImage(element);
  // A figure becomes a div and its caption a small, muted paragraph: Yahoo and Outlook drop both elements.
  if (element.name === "figcaption") {
    element.name = "p";
    return setStyle(element, BODY_STYLES.caption ?? "", "rd-muted");
  }
  const style = BODY_STYLES[element.name];
  if (style) setStyle(element, style, element.name === "pre" ? "rd-notice" : undefined);
  element.name = UNSUPPORTED_ELEMENTS[element.name] ?? element.name;
}

const LONG_RUN = 30;
// Tried only where a run can start (the text's start or after a space): \S{30} alone is tried
// at every character, twice the time on prose.
const HAS_LONG_RUN = /(?:^|\s)\S{30}/;
const WRAPS_ANYWHERE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

/**
 * A zero-width space every 20 characters of a run of 30 or more without a space, so a long URL
 * or word wraps on a phone instead of widening the card: word-break and overflow-wrap:anywhere
 * fail in Yahoo or everywhere (caniemail), <wbr> in Outlook and Gmail iOS, and word-wrap alone
 * cannot narrow a table cell. The plain-text part drops them again.
 */
export function breakLongWords(text: string): string {
  // Most text has no such run: a regex without the u flag (cheaper to compile and run) rules it
  // out first. It counts UTF-16 units, never fewer than code points, so it misses no run.
  if (text.length < LONG_RUN || !HAS_LONG_RUN.test(text)) return text;
  // Chinese, Japanese and Korean text wraps between any two characters already: left as written.
  return text.replace(/\S{30,}/gu, (word) => (WRAPS_ANYWHERE.test(word) ? word : word.replace(/(\S{20})(?=\S)/gu, `$1${ZERO_WIDTH_SPACE}`)));
}

export const ZERO_WIDTH_SPACE = "\u200B";

/** Styles every element below `parent`, children first; text inside <pre> is left as written. */
function styleTree(parent: ParentNode, inPre = false): void {
  for (const child of [...parent.children] as AnyNode[]) {
    if (isText(child) && !inPre) child.data = breakLongWords(child.data);
    if (!isTag(child)) continue;
    styleTree(child, inPre || child.name === "pre");
    styleElement(child);
  }
}

/**
 * Sanitised review HTML → the same content styled for mail clients.
 * '<figure><img src="…"><figcaption>Still</figcaption></figure>' →
 * '<div style="margin:0 0 20px 0;"><img src="…" width="552" style="display:block;width:100%;…"><p class="rd-muted" style="…">Still</p></div>'
 */
export function styleReviewBody(html: string): string {
  if (!html) return "";
  const document = parseDocument(html);
  styleTree(document);
  return render(document, { encodeEntities: "utf8" });
}
