// One row per convention: the marked text must go (or be wrapped, in "mark" mode) and its
// unmarked neighbour must stay. "LEAK" words are spoilers; "KEEP" words are not.
import { describe, expect, it } from "vitest";
import { removeSpoilers } from "../../../src/core/spoilers";
import type { SpoilerMarker } from "../../../src/core/types";
import { countNotices, plainText, splitMarked } from "./helpers";

interface Row {
  name: string;
  html: string;
  marker: SpoilerMarker;
  /** Marker text that must not survive in either mode. */
  markerText?: string[];
  notices?: number;
}

const rows: Row[] = [
  { name: "'spoilers ahead' with no closer runs to the end", marker: "prose-block", markerText: ["Spoilers ahead"],
    html: "<p>KEEP1 intro.</p><p>Spoilers ahead!</p><p>LEAK1 twist.</p><h2>LEAK2 heading</h2><p>LEAK3 ending.</p>" },
  { name: "bold 'SPOILER WARNING' … '— End spoilers —'", marker: "prose-block", markerText: ["SPOILER WARNING", "End spoilers"],
    html: "<p>KEEP1.</p><p><strong>SPOILER WARNING</strong></p><p>LEAK1.</p><p>— End spoilers —</p><p>KEEP2.</p>" },
  { name: "'SPOILER ALERT:' carrying the spoiler itself", marker: "prose-block", markerText: ["SPOILER ALERT", "Spoilers end here"],
    html: "<p>KEEP1.</p><p>SPOILER ALERT: LEAK1 the butler did it.</p><p>Spoilers end here.</p><p>KEEP2.</p>" },
  { name: "italic curly-quoted 'Warning: major spoilers' … '[spoilers over]'", marker: "prose-block", markerText: ["major spoilers", "spoilers over"],
    html: "<p>KEEP1.</p><p><em>“Warning: major spoilers”</em></p><p>LEAK1.</p><p>[spoilers over]</p><p>KEEP2.</p>" },
  { name: "'plot spoilers below' … 'back to the spoiler-free part'", marker: "prose-block", markerText: ["Plot spoilers below", "spoiler-free part"],
    html: "<p>KEEP1.</p><p>Plot spoilers below.</p><blockquote>LEAK1 quote.</blockquote><ul><li>LEAK2 item</li></ul><p>Okay, back to the spoiler-free part.</p><p>KEEP2.</p>" },
  { name: "bare '(Spoilers)' line, closer in another wrapper", marker: "prose-block", markerText: ["(Spoilers)", "End of spoilers"],
    html: "<div><p>KEEP1.</p><p>(Spoilers)</p><p>LEAK1.</p></div><div><p>LEAK2.</p><p><em>(End of spoilers)</em></p><p>KEEP2.</p></div>" },
  { name: "'spoilers in the next paragraph' covers only that paragraph", marker: "prose-scoped", markerText: ["next paragraph"],
    html: "<p>KEEP1.</p><p>Mild spoilers in the next paragraph.</p><p>LEAK1.</p><p>KEEP2.</p><p>KEEP3.</p>" },
  { name: "'the next two paragraphs contain spoilers'", marker: "prose-scoped", markerText: ["contain spoilers"],
    html: "<p>KEEP1.</p><p>The next two paragraphs contain spoilers.</p><p>LEAK1.</p><figure><img src=\"https://x.test/LEAK2.jpg\"></figure><p>LEAK3.</p><p>KEEP2.</p>" },
  { name: "'skip this paragraph' inside the paragraph it names", marker: "prose-scoped", markerText: ["Skip this paragraph"],
    html: "<p>KEEP1.</p><p>Skip this paragraph if you haven't seen it. LEAK1 she survives.</p><p>KEEP2.</p>" },
  { name: "'(Skip this paragraph to avoid spoilers)' as its own line", marker: "prose-scoped", markerText: ["Skip this paragraph"],
    html: "<p>KEEP1.</p><p><em>(Skip this paragraph to avoid spoilers)</em></p><p>LEAK1.</p><p>KEEP2.</p>" },
  { name: "scoped opener followed by a closer runs to the closer, figure included", marker: "prose-scoped", markerText: ["Skip the next paragraph", "End of Spoilers"],
    html: "<p>KEEP1.</p><p>(Skip the next paragraph to avoid Plot Spoilers)</p><p>LEAK1.</p><figure><img src=\"https://x.test/LEAK2.jpg\"><figcaption>LEAK3 caption</figcaption></figure><p>(End of Spoilers)</p><p>KEEP2.</p>" },
  { name: "'skip this section' runs to the next heading", marker: "prose-scoped", markerText: ["Skip this section"],
    html: "<h2>KEEP1</h2><p>Skip this section to avoid spoilers.</p><p>LEAK1.</p><p>LEAK2.</p><h2>KEEP2</h2><p>KEEP3.</p>" },
  { name: "a heading naming spoilers opens a section to the next heading of its level", marker: "heading", markerText: ["The ending (spoilers)"],
    html: "<h2>KEEP1</h2><p>KEEP2.</p><h2>The ending (spoilers)</h2><p>LEAK1.</p><h3>LEAK2 subhead</h3><p>LEAK3.</p><h2>KEEP3 verdict</h2><p>KEEP4.</p>" },
  { name: "inline mid-paragraph warning removes the rest of the paragraph", marker: "inline-warning", markerText: ["Mild Spoiler Warning"],
    html: "<p>KEEP1 what we're talking about is (Mild Spoiler Warning): LEAK1 sex trafficking. LEAK2 more.</p><p>KEEP2.</p>" },
  { name: "opener at the end of a paragraph keeps the text before it", marker: "prose-block", markerText: ["Spoilers follow"],
    html: "<p>KEEP1 a fine film. Spoilers follow.</p><p>LEAK1.</p>" },
  { name: "[spoiler]…[/spoiler]", marker: "bbcode", markerText: ["[spoiler]", "[/spoiler]"],
    html: "<p>KEEP1 before [spoiler]LEAK1 he dies[/spoiler] KEEP2 after.</p><p>KEEP3.</p>" },
  { name: "[spoiler=title]…[/spoiler]", marker: "bbcode", markerText: ["[spoiler=", "[/spoiler]"],
    html: "<p>KEEP1 [spoiler=The ending]LEAK1 it was a dream[/spoiler] KEEP2.</p>" },
  { name: "WordPress [spoiler title=\"…\"]…[/spoiler]", marker: "bbcode", markerText: ["[spoiler title", "[/spoiler]", "The twist"],
    html: "<p>KEEP1 [spoiler title=\"The twist\"]LEAK1 twins[/spoiler] KEEP2.</p>" },
  { name: "[spoiler] blocks across paragraphs", marker: "bbcode", markerText: ["[spoiler]", "[/spoiler]"],
    html: "<p>KEEP1.</p><p>[spoiler]</p><p>LEAK1.</p><p>LEAK2.</p><p>[/spoiler]</p><p>KEEP2.</p>" },
  { name: ">!…!< arriving as entities, across inline elements", marker: "reddit", markerText: [">!", "!<"],
    html: "<p>KEEP1 before &gt;!LEAK1 <em>LEAK2</em> <b>LEAK3</b>!&lt; KEEP2 after.</p>" },
  { name: ">!…!< starting inside <b> and ending outside it", marker: "reddit", markerText: [">!", "!<"],
    html: "<p>KEEP1 <b>KEEP2 &gt;!LEAK1</b> LEAK2!&lt; KEEP3.</p>" },
  { name: "||…||", marker: "discord", markerText: ["||"],
    html: "<p>KEEP1 ||LEAK1 the twin|| KEEP2.</p>" },
  { name: "<span class=\"spoiler\">", marker: "spoiler-class",
    html: "<p>KEEP1 <span class=\"spoiler\">LEAK1</span> KEEP2.</p>" },
  { name: "Reddit's md-spoiler-text class", marker: "spoiler-class",
    html: "<p>KEEP1 <span class=\"md-spoiler-text\">LEAK1</span> KEEP2.</p>" },
  { name: "data-spoiler", marker: "spoiler-class",
    html: "<p>KEEP1 <span data-spoiler=\"\">LEAK1</span> KEEP2.</p>" },
  { name: "data-mx-spoiler (Matrix)", marker: "spoiler-class",
    html: "<p>KEEP1 <span data-mx-spoiler=\"ending\">LEAK1</span> KEEP2.</p>" },
  { name: "<tg-spoiler> (Telegram)", marker: "spoiler-class",
    html: "<p>KEEP1 <tg-spoiler>LEAK1</tg-spoiler> KEEP2.</p>" },
  { name: "a bare <spoiler> element", marker: "spoiler-class",
    html: "<p>KEEP1 <spoiler>LEAK1</spoiler> KEEP2.</p>" },
  { name: "Shortcodes Ultimate's su-spoiler box, title and all", marker: "spoiler-class", markerText: ["Ending"],
    html: "<p>KEEP1.</p><div class=\"su-spoiler su-spoiler-closed\"><div class=\"su-spoiler-title\">Ending</div><div class=\"su-spoiler-content\">LEAK1.</div></div><p>KEEP2.</p>" },
  { name: "<div class=\"spoiler\"> block", marker: "spoiler-class",
    html: "<p>KEEP1.</p><div class=\"spoiler\"><p>LEAK1.</p><p>LEAK2.</p></div><p>KEEP2.</p>" },
  { name: "<details> whose summary names spoilers", marker: "details", markerText: ["Ending spoilers"],
    html: "<p>KEEP1.</p><details><summary>Ending spoilers</summary><p>LEAK1.</p></details><details><summary>KEEP2 credits</summary><p>KEEP3.</p></details>" },
  { name: "Ghost toggle card whose heading names spoilers", marker: "toggle-card", markerText: ["Spoiler zone"],
    html: "<p>KEEP1.</p><div class=\"kg-card kg-toggle-card\" data-kg-toggle-state=\"close\"><div class=\"kg-toggle-heading\"><h4 class=\"kg-toggle-heading-text\">Spoiler zone</h4><button class=\"kg-toggle-card-icon\"></button></div><div class=\"kg-toggle-content\"><p>LEAK1.</p></div></div><p>KEEP2.</p>" },
  { name: "a list item opener and its closer", marker: "prose-block", markerText: ["Spoiler:", "End of spoilers"],
    html: "<ul><li>KEEP1</li><li>Spoiler: LEAK1</li><li>LEAK2</li></ul><p>End of spoilers.</p><p>KEEP2.</p>" },
  { name: "adjacent removals merge into one notice", marker: "details",
    html: "<p>KEEP1.</p><details><summary>Spoilers</summary><p>LEAK1.</p></details><div class=\"spoiler\">LEAK2</div><p>KEEP2.</p>" },
];

const link = "https://critic.test/post?x=1&y=\"2\"";

function wordsLike(html: string, prefix: string): string[] {
  return [...new Set(html.match(new RegExp(`${prefix}\\d`, "g")) ?? [])];
}

describe.each(rows)("$name", (row) => {
  const leaks = wordsLike(row.html, "LEAK");
  const keeps = wordsLike(row.html, "KEEP");

  it("remove mode: the leak is gone, its neighbours stay, one linked notice", () => {
    const { html, removed } = removeSpoilers(row.html, { link });
    const text = plainText(html);
    for (const leak of leaks) expect(html).not.toContain(leak);
    for (const keep of keeps) expect(text).toContain(keep);
    for (const marker of row.markerText ?? []) expect(text).not.toContain(marker);
    expect(countNotices(html)).toBe(row.notices ?? 1);
    expect(html).toContain('href="https://critic.test/post?x=1&amp;y=&quot;2&quot;"');
    expect(removed[0]?.marker).toBe(row.marker);
    const leakWords = leaks.filter((leak) => plainText(row.html).includes(leak)).length;
    expect(removed.reduce((sum, passage) => sum + passage.words, 0)).toBeGreaterThanOrEqual(leakWords);
  });

  it("mark mode: the leak is wrapped, neighbours and markers are not", () => {
    const { html, removed } = removeSpoilers(row.html, { link, mode: "mark" });
    const { inside, outside } = splitMarked(html);
    for (const leak of leaks) expect(inside).toContain(leak);
    for (const leak of leaks) expect(outside).not.toContain(leak);
    for (const keep of keeps) expect(outside).toContain(keep);
    for (const marker of row.markerText ?? []) expect(`${inside}\n${outside}`).not.toContain(marker);
    expect(countNotices(html)).toBe(0);
    expect(removed.length).toBeGreaterThan(0);
  });
});
