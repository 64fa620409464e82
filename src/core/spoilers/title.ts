// Spoilers marked inside a title: "Weapons: ||the aunt did it||", an Atom title typed as HTML
// holding <span class="spoiler">. The subject, the preheader, the archive and every channel show
// the title, so the marked part becomes "[…]" when the feed is read, before any of them sees it.
// A tag flagging the whole post ("[Spoilers]") is no pair and stays for whole-review.ts to read.
import { isTag, isText, type ChildNode } from "domhandler";
import { parseDocument } from "htmlparser2";
import { detectSpoilerElement } from "./elements";
import { findDelimitedSpoilers } from "./inline";

/** What a title shows where its author marked a spoiler. */
export const TITLE_OMISSION = "[…]";

/** A plain title with each delimited spoiler ("||…||", ">!…!<", "[spoiler]…[/spoiler]") as "[…]". */
export function hideTitleSpoilers(title: string): string {
  const spans = findDelimitedSpoilers(title);
  if (spans.length === 0) return title;
  let shown = "";
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    shown += title.slice(at, span.start) + TITLE_OMISSION;
    at = span.end;
  }
  return shown + title.slice(at);
}

/** The text of a title given as markup (entities decoded), each element marking a spoiler as "[…]". */
export function readTitleMarkup(nodes: readonly ChildNode[]): string {
  let text = "";
  for (const node of nodes) {
    if (isText(node)) text += node.data;
    else if (isTag(node)) text += detectSpoilerElement(node) ? TITLE_OMISSION : readTitleMarkup(node.children);
  }
  return text;
}

/** An Atom title typed "html": its escaped markup parsed as HTML, then read as readTitleMarkup does. */
export function readHtmlTitle(html: string): string {
  return readTitleMarkup(parseDocument(html).children);
}
