// The plain-text part, converted from the rendered HTML by html-to-text so both parts always
// say the same thing. Spoiler notices become Markdown-style references ("[spoiler hidden][1]")
// to one numbered link list at the end of their review, not a full URL each time.
import type { AnyNode } from "domhandler";
import { textContent } from "domutils";
import { compile, type FormatCallback } from "html-to-text";
import { ZERO_WIDTH_SPACE } from "./email-body";

/** The notice links of the review being converted; conversion is synchronous, so one list will do. */
let references: string[] = [];

const formatNoticeLink: FormatCallback = (elem, _walk, builder) => {
  const href = elem.attribs?.href ?? "";
  let number = references.indexOf(href) + 1;
  if (number === 0) number = references.push(href);
  // html-to-text parses with htmlparser2: its nodes are domhandler's, typed more loosely.
  builder.addInline(`[${textContent(elem as unknown as AnyNode).trim()}][${number}]`);
};

const formatReview: FormatCallback = (elem, walk, builder) => {
  references = [];
  builder.openBlock({ leadingLineBreaks: 2 });
  walk(elem.children, builder);
  builder.closeBlock({ trailingLineBreaks: 2 });
  if (references.length === 0) return;
  references.forEach((href, index) => {
    builder.openBlock({ leadingLineBreaks: index === 0 ? 2 : 1 });
    builder.addLiteral(`[${index + 1}]: ${href}`);
    builder.closeBlock({ trailingLineBreaks: 1 });
  });
  references = [];
};

// Compiled on first use, not when the module loads: a cron tick that finds nothing new, and
// every request, never convert an email, and compiling these selectors costs a few ms cold.
const compileConverter = () => compile({
  wordwrap: 78,
  formatters: { noticeLink: formatNoticeLink, review: formatReview },
  selectors: [
    { selector: "div.rd-preheader", format: "skip" },
    { selector: "title", format: "skip" },
    { selector: "style", format: "skip" },
    { selector: "img", format: "skip" },
    { selector: "h1", options: { uppercase: false, leadingLineBreaks: 3 } },
    { selector: "h2", options: { uppercase: false } },
    { selector: "h3", options: { uppercase: false } },
    { selector: "td.rd-review", format: "review" },
    { selector: "a.rd-notice-link", format: "noticeLink" },
    // A title that links to the post would print its URL twice; the action link below carries it.
    { selector: "a.rd-title", format: "anchor", options: { ignoreHref: true } },
    { selector: "a", options: { hideLinkHrefIfSameAsText: true } },
  ],
});

let convert: ReturnType<typeof compile> | undefined;

/** Rendered digest HTML → its plain-text alternative (without the HTML's zero-width spaces). */
export function convertToText(html: string): string {
  convert ??= compileConverter();
  // Dropped before converting: html-to-text would read each one as a space.
  return convert(html.replaceAll(ZERO_WIDTH_SPACE, "")).trim() + "\n";
}
