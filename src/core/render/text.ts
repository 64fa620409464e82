// The plain-text part, converted from the rendered HTML so both parts always say the same
// thing. A short walk over htmlparser2's DOM, not html-to-text: the input is only our shell and
// sanitised bodies (sanitize-policy.ts), and html-to-text's first conversion in an isolate cost
// ~13-20 ms of CPU (compiling its selectors and its own code). The layout keeps its conventions:
// "text [href]", " * " and " 1. " lists, "> " quotes, 78 columns. Spoiler notices become
// Markdown-style references ("[spoiler hidden][1]") to one numbered link list at the end of
// their review, not a full URL each time.
import { type AnyNode, type Element, isTag, isText } from "domhandler";
import { textContent } from "domutils";
import { parseDocument } from "htmlparser2";
import { ZERO_WIDTH_SPACE } from "./email-body";
import { collapseWhitespace, TextLayout } from "./text-layout";

const WIDTH = 78;
const SKIPPED_ELEMENTS = new Set(["head", "title", "style", "script", "img"]);
/** Line breaks before and after each block element; any other element is inline. */
const BLOCK_BREAKS: Record<string, [before: number, after: number]> = {
  p: [2, 2], div: [1, 1], li: [1, 1], dl: [2, 2], dt: [1, 1], caption: [1, 1], table: [2, 2],
  h1: [3, 2], h2: [3, 2], h3: [3, 2], h4: [2, 2], h5: [2, 2], h6: [2, 2],
};

const hasClass = (element: Element, name: string) => (element.attribs.class ?? "").split(" ").includes(name);

/** `lines` behind a prefix: `first` on the first line, `rest` on the others. */
function prefixLines(lines: string[], first: string, rest = first): string[] {
  return lines.map((line, index) => (index === 0 ? first : rest) + line);
}

/** A <pre>'s text as written; a <br> inside it is a line break too. */
function preformattedLines(pre: Element): string[] {
  const read = (nodes: AnyNode[]): string =>
    nodes.map((node) => (isText(node) ? node.data : isTag(node) ? (node.name === "br" ? "\n" : read(node.children)) : "")).join("");
  // The HTML parser drops a newline right after <pre>; htmlparser2 keeps it.
  const lines = read(pre.children).replace(/^\r?\n/, "").split(/\r?\n/);
  while (lines.length > 0 && !lines.at(-1)?.trim()) lines.pop();
  return lines;
}

class TextWriter {
  /** The notice links of the review being written, numbered by their position. */
  private references: string[] | undefined;

  constructor(private layout: TextLayout) {}

  write(nodes: AnyNode[]): void {
    for (const node of nodes) {
      if (isText(node)) this.layout.addInline(node.data);
      else if (isTag(node)) this.writeElement(node);
    }
  }

  private writeElement(element: Element): void {
    const { name } = element;
    if (SKIPPED_ELEMENTS.has(name) || (name === "div" && hasClass(element, "rd-preheader"))) return;
    if (name === "br") return this.layout.addLineBreak();
    if (name === "a") return this.writeLink(element);
    if (name === "ul" || name === "ol") return this.writeList(element);
    if (name === "td" && hasClass(element, "rd-review")) return this.writeReview(element);
    if (name === "tr") return this.writeBlock([1, 1], () => this.writeRow(element));
    if (name === "blockquote") return this.writeBlock([2, 2], () => this.writeIndented(element.children, "> "));
    if (name === "dd") return this.writeBlock([1, 1], () => this.writeIndented(element.children, "  "));
    if (name === "pre") return this.writeBlock([2, 2], () => this.layout.addLines(preformattedLines(element)));
    if (name === "hr") return this.writeBlock([2, 2], () => this.layout.addLines(["-".repeat(this.layout.width)]));
    const breaks = BLOCK_BREAKS[name];
    if (breaks) this.writeBlock(breaks, () => this.write(element.children));
    else this.write(element.children);
  }

  private writeBlock([before, after]: [number, number], writeContent: () => void): void {
    this.layout.breakBlock(before);
    writeContent();
    this.layout.breakBlock(after);
  }

  /** The lines `nodes` make in a narrower layout, for a prefix to go before each. */
  private writeNested(nodes: AnyNode[], width: number): string[] {
    const outer = this.layout;
    this.layout = new TextLayout(Math.max(width, 20));
    this.write(nodes);
    const lines = this.layout.finish();
    this.layout = outer;
    return lines;
  }

  private writeIndented(nodes: AnyNode[], prefix: string): void {
    this.layout.addLines(prefixLines(this.writeNested(nodes, this.layout.width - prefix.length), prefix));
  }

  /** "text [href]"; the href alone when there is no text, nothing more when it is the text. */
  private writeLink(link: Element): void {
    const href = link.attribs.href ?? "";
    const text = collapseWhitespace(textContent(link));
    const references = hasClass(link, "rd-notice-link") ? this.references : undefined;
    if (references) {
      const number = references.indexOf(href) + 1 || references.push(href);
      return this.layout.addInline(`[${text}][${number}]`);
    }
    this.write(link.children);
    // A title that links to the post would print its URL twice; the action link below carries it.
    if (!href || hasClass(link, "rd-title")) return;
    const target = href.replace(/^mailto:/, "");
    if (!text) this.layout.addInline(target);
    else if (text !== target && `${text}/` !== target) this.layout.addInline(` [${target}]`);
  }

  /** A review, then "[1]: href" for each notice link in it. */
  private writeReview(cell: Element): void {
    const references: string[] = [];
    this.references = references;
    this.writeBlock([2, 2], () => this.write(cell.children));
    this.references = undefined;
    this.layout.addLines(references.map((href, index) => `[${index + 1}]: ${href}`));
    if (references.length > 0) this.layout.breakBlock(1);
  }

  /** A layout row has one cell; a data table's cells share a line, " | " between them. */
  private writeRow(row: Element): void {
    let cells = 0;
    for (const child of row.children) {
      if (isTag(child) && (child.name === "td" || child.name === "th") && cells++ > 0) this.layout.addInline(" | ");
      this.write([child]);
    }
  }

  /** " * item" or " 1. item", the lines after the first indented to the item's text. */
  private writeList(list: Element): void {
    const items = list.children.filter((child) => isTag(child) || (isText(child) && child.data.trim() !== ""));
    if (items.length === 0) return;
    const start = list.name === "ol" ? Number.parseInt(list.attribs.start ?? "", 10) || 1 : 1;
    const nested = list.parent !== null && isTag(list.parent) && list.parent.name === "li";
    // A nested list's markers lose their leading space, to sit under the text of its item.
    const markers = items.map((_, index) => `${nested ? "" : " "}${list.name === "ol" ? `${start + index}.` : "*"} `);
    const indent = Math.max(...markers.map((marker) => marker.length));
    const breaks = nested ? 1 : 2;
    this.layout.breakBlock(breaks);
    items.forEach((item, index) => {
      const content = isTag(item) && item.name === "li" ? item.children : [item];
      const lines = this.writeNested(content, this.layout.width - indent);
      this.layout.breakBlock(1);
      if (lines.length === 0) lines.push("");
      this.layout.addLines(prefixLines(lines, (markers[index] ?? "").padEnd(indent), " ".repeat(indent)));
    });
    this.layout.breakBlock(breaks);
  }
}

/** Rendered digest HTML → its plain-text alternative (without the HTML's zero-width spaces). */
export function convertToText(html: string): string {
  // Dropped before parsing: they only mark where a long word may wrap in the HTML part.
  const document = parseDocument(html.replaceAll(ZERO_WIDTH_SPACE, ""));
  const layout = new TextLayout(WIDTH);
  new TextWriter(layout).write(document.children);
  return `${layout.finish().join("\n")}\n`;
}
