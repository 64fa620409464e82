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
  // A stack, not recursion: a hostile feed may nest its title's markup thousands deep.
  const stack: ChildNode[] = [...nodes].reverse();
  let text = "";
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (isText(node)) text += node.data;
    else if (isTag(node)) {
      if (detectSpoilerElement(node)) text += TITLE_OMISSION;
      else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return text;
}

/** An Atom title typed "html": its escaped markup parsed as HTML, then read as readTitleMarkup does. */
export function readHtmlTitle(html: string): string {
  // A title is a line; its markup is cut long before a hostile one could cost the parser time.
  return readTitleMarkup(parseDocument(html.length > MAX_TITLE_MARKUP ? html.slice(0, MAX_TITLE_MARKUP) : html).children);
}

const MAX_TITLE_MARKUP = 4096;
