// Feed XML → the raw fields ingest reads (RawFeed and RawItem in feed-raw.ts), for RSS 2.0 and
// 0.9x, RSS 1.0 (RDF) and Atom. It reads the same fields with the same rules as rss-parser (the
// design card's parser, replaced because its xml2js and sax cost ~19 ms of CPU on an isolate's
// first feed: README "Performance"), on htmlparser2 in XML mode, which the sanitiser and the
// spoiler engine load anyway. Unlike htmlparser2 on its own, a document that is not well formed
// is refused: a feed cut off in transit must not become a truncated review.
import render from "dom-serializer";
import { DomHandler, isTag, type ChildNode, type Element } from "domhandler";
import { textContent } from "domutils";
import { decodeHTML } from "entities";
import { Parser } from "htmlparser2";
import { FeedError } from "./feed-error";
import { readHtmlTitle, readTitleMarkup } from "./spoilers/title";

/** A field as xml2js gave it to rss-parser: text, or an element's attributes (with its text, if any). */
type XmlValue = string | { $: Record<string, string>; _?: string };

export interface XmlFeed {
  title?: string;
  link?: string;
  generator?: string;
  links: XmlValue[];
  atomLinks: XmlValue[];
  items: XmlItem[];
}

export type XmlItem = Partial<Record<"guid" | "id" | "link" | "title" | "creator" | "author" | "isoDate" | "content:encoded" | "content" | "summary" | "filmTitle" | "filmYear" | "memberRating", string>> & {
  rawCategories: XmlValue[];
};

/** What DomHandler is told of its parser (domhandler does not export the type). */
type ParserInterface = Parameters<DomHandler["onparserinit"]>[0];

const CDATA_OPEN = "<![CDATA[";
const CDATA_CLOSE = "]]>";

/**
 * Most feeds (WordPress, Medium, Substack, Ghost) carry their bodies in CDATA sections: plain
 * text to an XML reader, and most of the document. htmlparser2 walks a CDATA section one
 * character at a time in JS, so each section is cut out with indexOf first and left as its
 * number, which the handler swaps back. A section inside a comment stays where it is, and an
 * unterminated one is left to the parser, which reports the document as cut off.
 */
function liftCdata(xml: string): { xml: string; sections: string[] } {
  const sections: string[] = [];
  const parts: string[] = [];
  let copied = 0;
  let cursor = 0;
  let comment = xml.indexOf("<!--");
  for (;;) {
    const open = xml.indexOf(CDATA_OPEN, cursor);
    if (open === -1) break;
    if (comment !== -1 && comment < open) {
      const end = xml.indexOf("-->", comment + 4);
      if (end === -1) break;
      cursor = end + 3;
      comment = xml.indexOf("<!--", cursor);
      continue;
    }
    const close = xml.indexOf(CDATA_CLOSE, open + CDATA_OPEN.length);
    if (close === -1) break;
    parts.push(xml.slice(copied, open + CDATA_OPEN.length), String(sections.length));
    sections.push(xml.slice(open + CDATA_OPEN.length, close));
    copied = close;
    cursor = close + CDATA_CLOSE.length;
    if (comment !== -1 && comment < cursor) comment = xml.indexOf("<!--", cursor);
  }
  if (sections.length === 0) return { xml, sections };
  parts.push(xml.slice(copied));
  return { xml: parts.join(""), sections };
}

/**
 * Deeper than any feed nests (its structure is four levels, inline xhtml rarely thirty), and far
 * above where a recursive walk of the DOM could overflow the stack.
 */
export const MAX_XML_DEPTH = 256;

/**
 * The DOM, with the first sign that the XML is not well formed kept in `problem`, and each
 * lifted CDATA section put back.
 */
class CheckedHandler extends DomHandler {
  problem: string | undefined;
  tooDeep = false;
  ending = false;
  private rootClosed = false;
  private inCdata = false;
  private source: ParserInterface | undefined;

  constructor(
    private readonly xml: string,
    private readonly sections: string[],
  ) {
    super(undefined, { xmlMode: true });
  }

  override onopentag(name: string, attributes: Record<string, string>): void {
    // tagStack holds the document too: its length is the depth of the element being opened.
    if (this.tagStack.length > MAX_XML_DEPTH) this.tooDeep = true;
    super.onopentag(name, attributes);
  }

  override oncdatastart(): void {
    this.inCdata = true;
    super.oncdatastart();
  }

  override oncdataend(): void {
    this.inCdata = false;
    super.oncdataend();
  }

  override ontext(data: string): void {
    super.ontext(this.inCdata ? (this.sections[Number(data)] ?? data) : data);
  }

  override onparserinit(parser: ParserInterface): void {
    this.source = parser;
    super.onparserinit(parser);
  }

  // htmlparser2 closes elements itself where the XML failed to: at the end of a truncated
  // document, or when an end tag skips over open elements. Only a self-closing tag (`<a/>`)
  // is a legitimate implied close. Whatever follows the root element (a PHP notice some servers
  // append) is not the feed, and is not judged.
  override onclosetag(name?: string, isImplied?: boolean): void {
    if (isImplied && !this.rootClosed && this.problem === undefined && !this.selfClosed()) {
      this.problem = this.ending ? `the document ends before </${name}>` : `<${name}> is never closed`;
    }
    if (this.tagStack.length === 2) this.rootClosed = true;
    super.onclosetag();
  }

  private selfClosed(): boolean {
    const end = this.source?.endIndex ?? -1;
    return !this.ending && this.xml[end] === ">" && this.xml[end - 1] === "/";
  }
}

/**
 * A doctype's internal subset (`<!DOCTYPE rss [<!ENTITY …>]>`) holds `>` characters that
 * htmlparser2 would take for the declaration's end. A feed reader needs nothing from a doctype,
 * so one before the root element is cut out whole.
 */
function dropDoctype(xml: string): string {
  const firstElement = xml.search(/<[A-Za-z_]/);
  const prolog = firstElement === -1 ? xml : xml.slice(0, firstElement);
  const start = prolog.search(/<!DOCTYPE/i);
  if (start === -1) return xml;
  const doctype = prolog.slice(start);
  const declaration = (/^<!DOCTYPE[^[>]*\[[\s\S]*?\]\s*>/i.exec(doctype) ?? /^<!DOCTYPE[^[>]*>/i.exec(doctype))?.[0];
  return declaration ? xml.slice(0, start) + xml.slice(start + declaration.length) : xml;
}

function parseXml(text: string): Element {
  const { xml, sections } = liftCdata(dropDoctype(text));
  const handler = new CheckedHandler(xml, sections);
  const parser = new Parser(handler, { xmlMode: true });
  parser.write(xml);
  handler.ending = true;
  parser.end();
  if (handler.problem) throw new FeedError(`Not an RSS or Atom feed: the XML is not well formed (${handler.problem}).`);
  if (handler.tooDeep) throw new FeedError(`Not an RSS or Atom feed: its elements are nested more than ${MAX_XML_DEPTH} deep.`);
  // The root is the first element; only markup (a declaration, a comment) may come before it.
  const nodes = handler.root.children;
  const first = nodes.findIndex(isTag);
  const root = nodes[first];
  const textBefore = nodes.slice(0, Math.max(first, 0)).some((node) => node.type === "text" && node.data.trim() !== "");
  if (!root || !isTag(root) || textBefore) throw new FeedError("Not an RSS or Atom feed: it is not an XML document.");
  const renames = findPrefixRenames(root);
  if (renames.size > 0) renamePrefixes(root, renames);
  return root;
}

/** The namespaces this reader knows by prefix ("content:encoded", "dc:creator"), by their URI. */
const KNOWN_NAMESPACES: Record<string, string> = {
  "http://purl.org/rss/1.0/modules/content/": "content",
  "http://purl.org/dc/elements/1.1/": "dc",
  "https://letterboxd.com": "letterboxd",
  "http://www.w3.org/2005/Atom": "atom",
  "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
};

/**
 * A known namespace declared on the root under another prefix (`xmlns:c="…/modules/content/"`
 * and then `<c:encoded>`) → that prefix and the one this reader looks for. Nearly every feed uses
 * the usual prefixes, and then nothing is renamed.
 */
function findPrefixRenames(root: Element): Map<string, string> {
  const renames = new Map<string, string>();
  for (const [attribute, uri] of Object.entries(root.attribs)) {
    if (!attribute.startsWith("xmlns:")) continue;
    const known = Object.hasOwn(KNOWN_NAMESPACES, uri.trim()) ? KNOWN_NAMESPACES[uri.trim()] : undefined;
    const prefix = attribute.slice("xmlns:".length);
    if (known && known !== prefix) renames.set(prefix, known);
  }
  return renames;
}

function renamePrefixes(element: Element, renames: ReadonlyMap<string, string>): void {
  const colon = element.name.indexOf(":");
  const known = colon > 0 ? renames.get(element.name.slice(0, colon)) : undefined;
  if (known) element.name = `${known}${element.name.slice(colon)}`;
  for (const child of element.children) if (isTag(child)) renamePrefixes(child, renames);
}

const childrenNamed = (parent: Element, name: string): Element[] =>
  parent.children.filter((node): node is Element => isTag(node) && node.name === name);

const firstChild = (parent: Element, name: string): Element | undefined =>
  parent.children.find((node): node is Element => isTag(node) && node.name === name);

const hasAttributes = (element: Element) => Object.keys(element.attribs).length > 0;

/** An element as xml2js showed it: its text, or its attributes with the text beside them. */
function valueOf(element: Element): XmlValue {
  const text = textContent(element);
  if (!hasAttributes(element)) return text;
  return text ? { $: element.attribs, _: text } : { $: element.attribs };
}

/**
 * A plain field, as rss-parser's copyFromXML read it: the first element's text; attributes alone
 * read as absent. Feeds put HTML entities (&nbsp;, &eacute;) in titles although XML has none of
 * them, and Atom may type a title as HTML: both read as the text a reader sees, a spoiler marked
 * in that markup left out (spoilers/title.ts).
 */
function text(parent: Element, ...names: string[]): string | undefined {
  for (const name of names) {
    const element = firstChild(parent, name);
    if (!element) continue;
    const raw = textContent(element);
    if (raw === "" && hasAttributes(element)) return undefined;
    // Markup typed as such is read for its text, a spoiler marked in it left out (title.ts).
    const type = element.attribs.type;
    if (type === "html") return readHtmlTitle(raw);
    if (type === "xhtml") return decodeHTML(readTitleMarkup(element.children));
    return decodeHTML(raw);
  }
  return undefined;
}

/** A content field: escaped or CDATA HTML as text, inline (xhtml) markup serialised back to HTML. */
function content(parent: Element, name: string): string | undefined {
  const element = firstChild(parent, name);
  if (!element) return undefined;
  const markup = element.children.some(isTag);
  return markup ? render(element.children as ChildNode[], { encodeEntities: "utf8" }) : textContent(element);
}

/** Atom's <link rel href>: the first with `rel`, else the one at `fallback`. */
function atomLink(links: Element[], rel: string, fallback: number): string | undefined {
  const match = links.find((link) => link.attribs.rel === rel) ?? links[fallback];
  return match?.attribs.href;
}

function isoDate(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** Atom links inside RSS: `atom:`, or FeedBurner's `atom10:` (which names the WebSub hub). */
const ATOM_LINKS = ["atom:link", "atom10:link"];

const linkValues = (parent: Element, name: string) => childrenNamed(parent, name).map(valueOf);

/** Drops the fields the document did not have, so the result reads like rss-parser's. */
function defined<T extends object>(fields: T): T {
  for (const key of Object.keys(fields) as (keyof T)[]) if (fields[key] === undefined) delete fields[key];
  return fields;
}

function rssItem(item: Element): XmlItem {
  return defined({
    guid: text(item, "guid"),
    link: text(item, "link"),
    title: text(item, "title", "dc:title"),
    creator: text(item, "dc:creator", "author"),
    author: text(item, "author"),
    isoDate: isoDate(text(item, "pubDate", "dc:date")),
    "content:encoded": content(item, "content:encoded"),
    content: content(item, "description"),
    summary: content(item, "summary"),
    rawCategories: linkValues(item, "category"),
    filmTitle: text(item, "letterboxd:filmTitle"),
    filmYear: text(item, "letterboxd:filmYear"),
    memberRating: text(item, "letterboxd:memberRating"),
  });
}

function atomItem(entry: Element): XmlItem {
  const author = firstChild(entry, "author");
  return defined({
    id: text(entry, "id"),
    link: atomLink(childrenNamed(entry, "link"), "alternate", 0),
    title: text(entry, "title"),
    author: author ? text(author, "name") : undefined,
    isoDate: isoDate(text(entry, "published")) ?? isoDate(text(entry, "updated")),
    content: content(entry, "content"),
    summary: content(entry, "summary"),
    rawCategories: linkValues(entry, "category"),
  });
}

function rssFeed(channel: Element, items: Element[]): XmlFeed {
  return defined({
    title: text(channel, "title", "dc:title"),
    link: text(channel, "link"),
    generator: text(channel, "generator"),
    links: linkValues(channel, "link"),
    atomLinks: ATOM_LINKS.flatMap((name) => linkValues(channel, name)),
    items: items.map(rssItem),
  });
}

function atomFeed(feed: Element): XmlFeed {
  const links = childrenNamed(feed, "link");
  return defined({
    title: text(feed, "title"),
    link: atomLink(links, "alternate", 0),
    generator: text(feed, "generator"),
    links: links.map(valueOf),
    atomLinks: ATOM_LINKS.flatMap((name) => linkValues(feed, name)),
    items: childrenNamed(feed, "entry").map(atomItem),
  });
}

/** Reads an RSS or Atom document; throws FeedError, in one line, for anything else. */
export function readFeedXml(xml: string): XmlFeed {
  const root = parseXml(xml);
  if (root.name === "feed") return atomFeed(root);
  const channel = firstChild(root, "channel");
  if (root.name === "rss" && channel) return rssFeed(channel, childrenNamed(channel, "item"));
  if (root.name === "rdf:RDF" && channel) return rssFeed(channel, childrenNamed(root, "item"));
  throw new FeedError(`Not an RSS or Atom feed: its root element is <${root.name.slice(0, 40)}>, not <rss>, <feed> or <rdf:RDF>.`);
}
