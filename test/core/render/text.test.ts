// The plain-text part: each rule of convertToText on a small document shaped like the shell
// (one table cell per review), then a property over random bodies rendered by renderDigest.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderDigest } from "../../../src/core/render";
import { convertToText } from "../../../src/core/render/text";
import type { SpoilerFreeReview } from "../../../src/core/types";

/** A document like the shell's: head, hidden preheader, one layout row per review. */
function email(...reviews: string[]): string {
  const rows = reviews.map((review) => `<tr><td class="rd-review" style="padding:16px">${review}</td></tr>`).join("");
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The subject</title><style>.rd-card a { color: #8ab4f8 !important; }</style></head>`
    + `<body class="rd-page"><div class="rd-preheader" style="display:none">The preheader</div>`
    + `<table role="presentation" class="rd-page"><tr><td align="center"><!--[if mso]><table><tr><td><![endif]-->`
    + `<table role="presentation" class="rd-card">${rows}</table></td></tr></table></body></html>`;
}

const textOf = (...reviews: string[]) => convertToText(email(...reviews));

describe("convertToText", () => {
  it("leaves out the head, the preheader, styles and images", () => {
    const text = textOf('<p>Body <img src="https://x.test/a.jpg" alt="a still"> text.</p><style>p { color: red; }</style>');
    expect(text).toBe("Body text.\n");
  });

  it("keeps headings as written, with blank lines around them (two before a review's title)", () => {
    const text = textOf('<p>Masthead</p><h1><a class="rd-title" href="https://blog.test/p/">Straße: the ﬁlm</a></h1><p>By A</p>'
      + '<h2>Über <a href="https://x.test/h">den Film</a></h2><p>One.</p><h4>Verdict</h4><p>Two.</p><h6>небольшой</h6>');
    expect(text).toBe("Masthead\n\n\nStraße: the ﬁlm\n\nBy A\n\n\nÜber den Film [https://x.test/h]\n\nOne.\n\nVerdict\n\nTwo.\n\nнебольшой\n");
  });

  it("separates blocks by one blank line (a div by a line break) and keeps <br> as a line break", () => {
    const text = textOf("<p>One\n  two\tthree </p><p></p><p> </p><p>Four<br>five <br> <br>six<br></p><div>Seven</div><div>Eight</div><hr><p>Nine</p>");
    expect(text).toBe(`One two three\n\nFour\nfive\n\nsix\n\nSeven\nEight\n\n${"-".repeat(78)}\n\nNine\n`);
  });

  it("prints lists as html-to-text does, nested ones under their item's text", () => {
    const text = textOf("<ul><li>One</li><li>Two<ul><li>Two a</li><li>Two b<ol><li>deep</li></ol></li></ul></li><li>Three</li></ul>"
      + '<ol start="9"><li>Nine</li><li>Ten</li></ol><ol><li><p>First para</p><p>second para</p></li></ol>');
    expect(text).toBe(" * One\n * Two\n   * Two a\n   * Two b\n     1. deep\n * Three\n\n 9.  Nine\n 10. Ten\n\n 1. First para\n\n    second para\n");
  });

  it("indents the wrapped lines of a list item to its text", () => {
    const item = "word ".repeat(30).trim();
    const lines = textOf(`<ol><li>${item}</li></ol>`).trimEnd().split("\n");
    expect(lines[0]).toMatch(/^ 1\. word/);
    for (const line of lines.slice(1)) expect(line).toMatch(/^ {4}word/);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(78);
  });

  it("quotes a blockquote line by line, nested quotes twice", () => {
    const long = "A quoted sentence that is long enough to need a second line when it is wrapped.";
    const text = textOf(`<blockquote><p>${long}</p><p>Second.</p><blockquote>Inner</blockquote></blockquote><p>After.</p>`);
    expect(text).toBe("> A quoted sentence that is long enough to need a second line when it is\n> wrapped.\n>\n> Second.\n>\n> > Inner\n\nAfter.\n");
  });

  it("keeps preformatted text verbatim, markup inside it as text", () => {
    const text = textOf(`<p>Before.</p><pre>\n  a  b\n\n    c &amp; <b>d</b> ${"y".repeat(90)}\n</pre><p>After.</p>`);
    expect(text).toBe(`Before.\n\n  a  b\n\n    c & d ${"y".repeat(90)}\n\nAfter.\n`);
  });

  it("flattens layout tables to their blocks and puts a data table's rows on lines", () => {
    const text = textOf('<table role="presentation"><tr><td class="rd-notice">Withheld.</td></tr></table>'
      + "<table><caption>Cast</caption><tr><th>Role</th><th>Actor</th></tr><tr><td>Ok-joo</td><td>Jeon Jong-seo</td></tr></table>");
    expect(text).toBe("Withheld.\n\nCast\nRole | Actor\nOk-joo | Jeon Jong-seo\n");
  });

  it("writes a link as 'text [href]', without the href when it is the text or the title's", () => {
    const text = textOf('<h1><a class="rd-title" href="https://blog.test/p/">The title</a></h1>'
      + '<p>See <a href="https://x.test/call">The <em>Call</em></a>, <a href="https://x.test/">https://x.test</a>, '
      + '<a href="mailto:critic@x.test">critic@x.test</a>, <a href="mailto:critic@x.test">mail me</a> and <a href="https://x.test/i"><img src="https://x.test/i.jpg"></a>.</p>');
    expect(text).toBe("The title\n\nSee The Call [https://x.test/call], https://x.test, critic@x.test, mail me\n[critic@x.test] and https://x.test/i.\n");
  });

  it("numbers notice links per review and lists their hrefs after it", () => {
    const notice = (href: string) => `<em class="rd-notice"><a class="rd-notice-link" href="${href}">spoiler hidden</a></em>`;
    const first = `<p>One ${notice("https://x.test/a")}, two ${notice("https://x.test/b")}, again ${notice("https://x.test/a")}.</p>`
      + '<table role="presentation"><tr><td class="rd-notice"><em>Spoiler hidden: <a class="rd-notice-link" href="https://x.test/b">read it in\n the original post</a>.</em></td></tr></table>'
      + '<p><a href="https://x.test/a">Read the original →</a></p>';
    const second = `<h1>Second</h1><ul><li>${notice("https://x.test/c")}</li></ul>`;
    expect(textOf(first, second)).toBe("One [spoiler hidden][1], two [spoiler hidden][2], again [spoiler hidden][1].\n\n"
      + "Spoiler hidden: [read it in the original post][2].\n\nRead the original → [https://x.test/a]\n\n"
      + "[1]: https://x.test/a\n[2]: https://x.test/b\n\n\nSecond\n\n * [spoiler hidden][1]\n\n[1]: https://x.test/c\n");
  });

  it("decodes entities, drops zero-width spaces, collapses whitespace and keeps no-break spaces", () => {
    const text = textOf("<p>Tom &amp; Jerry &lt;3 &quot;q&quot; &eacute;t&eacute; &#8212; 10&nbsp;km caf\u200Bé\n\n 한국어 日本語 Ёлка</p>");
    expect(text).toBe("Tom & Jerry <3 \"q\" été — 10\u00A0km café 한국어 日本語 Ёлка\n");
  });

  it("wraps at 78 characters and keeps a long URL or word whole", () => {
    const url = `https://www.example.test/${"long-path/".repeat(9)}index.html?x=1`;
    const korean = "한국어 문장입니다 ".repeat(12).trim();
    const text = textOf(`<p>${"lorem ipsum ".repeat(20)}</p><p>See <a href="${url}">this</a> or ${url.slice(0, 40)}\u200B${url.slice(40)}.</p><p>${korean}</p>`);
    const lines = text.trimEnd().split("\n");
    expect(lines).toContain(`[${url}]`);
    expect(lines).toContain(`${url}.`);
    for (const line of lines.filter((line) => !line.includes(url))) expect([...line].length).toBeLessThanOrEqual(78);
    const paragraphs = text.split("\n\n").map((paragraph) => paragraph.trim().replaceAll("\n", " "));
    expect(paragraphs).toContain("lorem ipsum ".repeat(20).trim());
    expect(paragraphs).toContain(korean);
  });
});

const review = (html: string): SpoilerFreeReview => ({
  id: "r1", link: "https://blog.test/p/", title: "A title", categories: [], html,
  source: "generic", containsSpoilers: false, removed: [], withheld: false,
});

/** A body tree: runs of words and the elements the sanitiser keeps, nested. */
type Tree = string[] | { tag: string; children: Tree[] };
const TAGS = ["p", "div", "h2", "h3", "h5", "blockquote", "ul", "ol", "dl", "table", "pre", "strong", "em", "code", "sub", "a", "img", "br"];
const BASES = ["film", "été", "Straße", "한국어", "日本語", "Ёлка", "AT&T", "<tag>", "x".repeat(36), "https://example.test/path"];
const { tree } = fc.letrec<{ tree: Tree; words: string[]; element: Tree }>((tie) => ({
  tree: fc.oneof({ depthSize: "small" }, tie("words"), tie("element")),
  words: fc.array(fc.constantFrom(...BASES), { minLength: 1, maxLength: 12 }),
  element: fc.record({ tag: fc.constantFrom(...TAGS), children: fc.array(tie("tree"), { maxLength: 4 }) }),
}));

const escape = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
const SEPARATORS = [" ", "\n  ", "\t", " <br>", "&#160;"];

/** The tree as HTML, each word made unique ("film7q"), and those words in document order. */
function serialise(node: Tree, words: string[]): string {
  if (Array.isArray(node)) {
    return node.map((base, index) => {
      words.push(`${base}${words.length}q`);
      return (index > 0 ? SEPARATORS[words.length % SEPARATORS.length] : "") + escape(words.at(-1) ?? "");
    }).join("");
  }
  const inner = (wrap: (html: string, index: number) => string) => node.children.map((child, index) => wrap(serialise(child, words), index)).join("");
  switch (node.tag) {
    case "img": return '<img src="https://x.test/i.jpg" alt="hiddenalt">';
    case "br": return "<br>";
    case "a": return `<a href="https://x.test/link">${inner((html) => html)}</a>`;
    case "ul": case "ol": return `<${node.tag}>${inner((html) => `<li>${html}</li>`)}</${node.tag}>`;
    case "dl": return `<dl>${inner((html, index) => (index % 2 ? `<dd>${html}</dd>` : `<dt>${html}</dt>`))}</dl>`;
    case "table": return `<table><tr>${inner((html) => `<td>${html}</td>`)}</tr></table>`;
    default: return `<${node.tag}>${inner((html) => html)}</${node.tag}>`;
  }
}

describe("convertToText on random bodies", () => {
  it("keeps every visible word once, in order, within 78 columns", () => {
    fc.assert(fc.property(fc.array(tree, { minLength: 1, maxLength: 6 }), (trees) => {
      const words: string[] = [];
      const html = trees.map((node) => serialise(node, words)).join("");
      const { text } = renderDigest([review(html)]);
      let position = 0;
      for (const word of words) {
        const found = text.indexOf(word, position);
        expect(found, word).toBeGreaterThanOrEqual(position);
        expect(text.indexOf(word, found + word.length), word).toBe(-1);
        position = found + word.length;
      }
      expect(text).not.toContain("hiddenalt");
      expect(text).not.toContain("\u200B");
      if (html.includes("<pre>")) return;
      // Only a word too long for the line (after its list or quote prefix) may pass the width;
      // words joined by a no-break space are one word.
      for (const line of text.split("\n")) if ([...line].length > 78) expect(line.replace(/^[ >*\d.]+/, "")).not.toContain(" ");
    }), { numRuns: 300 });
  });
});
