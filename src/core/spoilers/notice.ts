// The short notices that stand where a spoiler was. Built as nodes (not strings) so the link
// is escaped by the serialiser. Classes and styles would not survive the sanitiser, so each
// notice carries a `data-notice` attribute instead: the sanitiser keeps it (these values only)
// and the email renderer styles it inline (a calm box for a block, a small marker inline).
import { Element, Text } from "domhandler";
import type { ChildNode } from "domhandler";
import { appendChild } from "domutils";

/** The values of `data-notice`: what the renderer recognises. */
export const NOTICE_KINDS = ["block", "inline", "withheld"] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

function element(name: string, attribs: Record<string, string>, children: ChildNode[]): Element {
  const node = new Element(name, attribs);
  for (const child of children) appendChild(node, child);
  return node;
}

function linkToOriginal(link: string, text = "read it in the original post"): Element {
  return element("a", { href: link }, [new Text(text)]);
}

/** `<p data-notice="block"><em>Spoiler hidden: <a href="…">read it in the original post</a>.</em></p>` (an <li> inside lists). */
export function createBlockNotice(link: string, tag: "p" | "li" = "p"): Element {
  return element(tag, { "data-notice": "block" }, [
    element("em", {}, [new Text("Spoiler hidden: "), linkToOriginal(link), new Text(".")]),
  ]);
}

/** `<em data-notice="inline">[<a href="…">spoiler hidden</a>]</em>`: a short marker inside a sentence. */
export function createInlineNotice(link: string): Element {
  return element("em", { "data-notice": "inline" }, [new Text("["), linkToOriginal(link, "spoiler hidden"), new Text("]")]);
}

/** The notice that replaces a whole review's body when the review is flagged as full of spoilers. */
export function createWithheldNotice(link: string): Element {
  return element("p", { "data-notice": "withheld" }, [
    element("em", {}, [
      new Text("This review is marked as containing spoilers, so it is not shown here: "),
      linkToOriginal(link),
      new Text("."),
    ]),
  ]);
}
