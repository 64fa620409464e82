// Email-safe HTML from feed HTML. The structural work happens on an htmlparser2 DOM (an
// allowlist walk, never regular expressions over markup); js-xss then re-checks the result
// against the same allowlist as an independent final gate.
import render from "dom-serializer";
import { type AnyNode, type Document, type Element, isTag, isText, type ParentNode } from "domhandler";
import { prepend, removeElement } from "domutils";
import { parseDocument } from "htmlparser2";
// js-xss: the default import, because its named exports are undefined inside the workers pool.
import xss, { type IFilterXSSOptions } from "xss";
import {
  ALLOWED_ATTRIBUTES,
  ALLOWED_ELEMENTS,
  DROPPED_ELEMENTS,
  IMAGE_STYLE,
  NOTICE_ELEMENTS,
  NOTICE_VALUES,
  readImageWidth,
  RENAMED_ELEMENTS,
  resolveSafeUrl,
} from "./sanitize-policy";

const FINAL_GATE: IFilterXSSOptions = {
  whiteList: buildXssAllowList(),
  stripIgnoreTag: true,
  stripIgnoreTagBody: [...DROPPED_ELEMENTS],
  allowCommentTag: false,
  // The only style that may pass is the exact one this module sets on images; js-xss's CSS
  // filter would let other declarations through, so it is off and this check replaces it.
  css: false,
  onIgnoreTagAttr: (tag, name, value) =>
    tag === "img" && name === "style" && value === IMAGE_STYLE ? `style="${IMAGE_STYLE}"` : undefined,
  // Allowlisted by name above; the values are checked here too, so the gate stands alone.
  onTagAttr: (_tag, name, value) => {
    if (name === "data-notice") return NOTICE_VALUES.has(value) ? undefined : "";
    if (name === "width") return readImageWidth(value) === undefined ? "" : undefined;
    return undefined;
  },
};

function buildXssAllowList(): Record<string, string[]> {
  const list: Record<string, string[]> = {};
  for (const name of ALLOWED_ELEMENTS) list[name] = [...(ALLOWED_ATTRIBUTES[name] ?? [])];
  list.a = [...(list.a ?? []), "rel"];
  for (const name of NOTICE_ELEMENTS) list[name] = [...(list[name] ?? []), "data-notice"];
  return list;
}

/** Rebuilds an element's attributes from the allowlist; false means drop the element. */
function cleanAttributes(element: Element, baseUrl: string): boolean {
  const allowed = ALLOWED_ATTRIBUTES[element.name] ?? [];
  const kept: Record<string, string> = {};
  for (const name of allowed) {
    const value = element.attribs[name];
    if (value !== undefined) kept[name] = value;
  }
  if (element.name === "img") {
    const src = resolveSafeUrl(kept.src ?? "", baseUrl);
    if (!src) return false;
    const width = readImageWidth(kept.width);
    element.attribs = { src, alt: kept.alt ?? "", ...(width ? { width: String(width) } : {}), style: IMAGE_STYLE };
    return true;
  }
  if (element.name === "a") {
    const href = kept.href === undefined ? undefined : resolveSafeUrl(kept.href, baseUrl);
    delete kept.href;
    element.attribs = href ? { href, ...kept, rel: "noopener" } : kept;
    return true;
  }
  const notice = element.attribs["data-notice"];
  if (NOTICE_ELEMENTS.has(element.name) && notice !== undefined && NOTICE_VALUES.has(notice)) kept["data-notice"] = notice;
  element.attribs = kept;
  return true;
}

/** Replaces an element by its (already cleaned) children. */
function unwrap(element: Element): void {
  for (const child of [...element.children]) prepend(element, child);
  removeElement(element);
}

function cleanNode(node: AnyNode, baseUrl: string): void {
  if (isText(node)) return;
  if (!isTag(node)) {
    // Comments, CDATA, doctypes and processing instructions carry nothing a reader needs.
    removeElement(node);
    return;
  }
  const name = node.name.toLowerCase();
  if (DROPPED_ELEMENTS.has(name)) {
    removeElement(node);
    return;
  }
  cleanChildren(node, baseUrl);
  node.name = RENAMED_ELEMENTS[name] ?? name;
  if (!ALLOWED_ELEMENTS.has(node.name)) return unwrap(node);
  if (!cleanAttributes(node, baseUrl)) removeElement(node);
}

function cleanChildren(parent: ParentNode, baseUrl: string): void {
  for (const child of [...parent.children]) cleanNode(child, baseUrl);
}

/**
 * Feed HTML → email-safe HTML: allowlisted elements and attributes only, absolute http(s)
 * URLs, rel="noopener" links, images scaled to fit.
 * sanitizeHtml('<p onclick="x()">Hi <img src="/a.jpg"></p>', "https://blog.example/post")
 *   → '<p>Hi <img src="https://blog.example/a.jpg" alt style="max-width:100%;height:auto"></p>'
 * (A bare `alt` is HTML for alt="": a decorative image.)
 */
export function sanitizeHtml(html: string, baseUrl: string): string {
  return sanitizeDocument(parseDocument(html), baseUrl);
}

/**
 * sanitizeHtml for a post already parsed by htmlparser2 (the spoiler pass's DOM), which it
 * edits in place. The js-xss gate still reads the serialised result, whatever the DOM was.
 */
export function sanitizeDocument(document: Document, baseUrl: string): string {
  cleanChildren(document, baseUrl);
  const serialized = render(document, { encodeEntities: "utf8" });
  return xss(serialized, FINAL_GATE);
}
