// The sanitiser's allowlist: which elements survive, which go with their contents, which
// attributes each may keep, and which URLs are safe to put in front of a mail client.
import { NOTICE_KINDS } from "./spoilers/notice";

/** Removed together with everything inside them. */
export const DROPPED_ELEMENTS = new Set([
  "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input",
  "button", "select", "option", "textarea", "meta", "link", "base", "svg", "math", "template",
  "noscript", "noembed", "noframes", "head", "title", "xmp", "plaintext",
]);

/** Kept (with only the attributes below); any other element is unwrapped, its text kept. */
export const ALLOWED_ELEMENTS = new Set([
  "p", "div", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "s", "del", "ins",
  "mark", "small", "sub", "sup", "blockquote", "q", "cite", "code", "pre", "ul", "ol", "li", "dl",
  "dt", "dd", "a", "img", "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "td",
  "th", "caption", "abbr",
]);

/**
 * A feed's <h1> would outrank the digest's own headings; it becomes an <h2>. HTML5 sectioning
 * elements, which Yahoo and Outlook drop, become <div>s: unwrapping them would run the text of
 * one section into the next.
 */
export const RENAMED_ELEMENTS: Record<string, string> = {
  h1: "h2",
  ...Object.fromEntries(["article", "section", "header", "footer", "nav", "aside", "main", "hgroup", "address"].map((name) => [name, "div"])),
};

/** Attributes copied from the feed (URLs are checked separately). */
export const ALLOWED_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ["href", "title"],
  img: ["src", "alt", "width"],
  td: ["colspan", "rowspan"],
  th: ["colspan", "rowspan"],
  ol: ["start"],
  abbr: ["title"],
};

export const IMAGE_STYLE = "max-width:100%;height:auto";

/** An image's own width, kept only as whole CSS pixels so the renderer can cap it: "640" → 640. */
export function readImageWidth(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*\d{1,5}\s*(px)?\s*$/i.test(value)) return undefined;
  const width = Number.parseInt(value, 10);
  return width > 0 ? width : undefined;
}

/**
 * The spoiler engine's notices carry `data-notice` (see spoilers/notice.ts); the email renderer
 * styles them. Only these elements and values keep the attribute.
 */
export const NOTICE_ELEMENTS = new Set(["p", "li", "em"]);
export const NOTICE_VALUES = new Set<string>(NOTICE_KINDS);

// Only http(s) from feed data, links and images alike: a mailto:, tel: or sms: link in a review
// keeps its text and loses its target, like every other scheme.
const SAFE_PROTOCOLS = new Set(["http:", "https:"]);

/**
 * An absolute, safe URL, or undefined. The WHATWG parser does the de-obfuscation: it drops
 * tabs and newlines and trims control characters, so "java\tscript:" is seen as javascript:;
 * entities were already decoded by htmlparser2. Only http(s) without credentials passes.
 * ("../b", "https://x.org/a/c") → "https://x.org/b"; ("javascript:alert(1)", …) → undefined
 */
export function resolveSafeUrl(value: string, baseUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim(), baseUrl);
  } catch {
    return undefined;
  }
  // Credentials in a link ("https://user:pw@…") are refused too, as safeFeedUrl refuses them.
  if (!SAFE_PROTOCOLS.has(url.protocol) || url.username !== "" || url.password !== "") return undefined;
  return url.toString();
}
