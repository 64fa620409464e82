// The plain-text part, converted from the rendered HTML by html-to-text so both parts always
// say the same thing.
import { compile } from "html-to-text";

const convert = compile({
  wordwrap: 78,
  selectors: [
    { selector: "div.rd-preheader", format: "skip" },
    { selector: "title", format: "skip" },
    { selector: "style", format: "skip" },
    { selector: "img", format: "skip" },
    { selector: "h1", options: { uppercase: false, leadingLineBreaks: 3 } },
    { selector: "h2", options: { uppercase: false } },
    { selector: "h3", options: { uppercase: false } },
    // A title that links to the post would print its URL twice; the action link below carries it.
    { selector: "a.rd-title", format: "anchor", options: { ignoreHref: true } },
    { selector: "a", options: { hideLinkHrefIfSameAsText: true } },
  ],
});

/** Rendered digest HTML → its plain-text alternative. */
export function convertToText(html: string): string {
  return convert(html).trim() + "\n";
}
