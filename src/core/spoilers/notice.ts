// The short notices that stand where a spoiler was. Built as nodes (not strings) so the link
// is escaped by the serialiser. No classes: the sanitiser strips them after this pass.
import { Element, Text } from "domhandler";
import type { ChildNode } from "domhandler";
import { appendChild } from "domutils";

function element(name: string, attribs: Record<string, string>, children: ChildNode[]): Element {
  const node = new Element(name, attribs);
  for (const child of children) appendChild(node, child);
  return node;
}

function linkToOriginal(link: string): Element {
  return element("a", { href: link }, [new Text("read it in the original post")]);
}

/** `<p><em>Spoiler hidden: <a href="…">read it in the original post</a>.</em></p>` (an <li> inside lists). */
export function createBlockNotice(link: string, tag: "p" | "li" = "p"): Element {
  return element(tag, {}, [element("em", {}, [new Text("Spoiler hidden: "), linkToOriginal(link), new Text(".")])]);
}

/** ` <em>[spoiler hidden: <a href="…">read it in the original post</a>]</em>` for a span inside a paragraph. */
export function createInlineNotice(link: string): Element {
  return element("em", {}, [new Text("[spoiler hidden: "), linkToOriginal(link), new Text("]")]);
}

/** The notice that replaces a whole review's body when the review is flagged as full of spoilers. */
export function createWithheldNotice(link: string): Element {
  return element("p", {}, [
    element("em", {}, [
      new Text("This review is marked as containing spoilers, so it is not shown here: "),
      linkToOriginal(link),
      new Text("."),
    ]),
  ]);
}
