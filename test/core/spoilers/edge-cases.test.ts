// Less common shapes of the conventions, and the promises docs/authors.md makes.
import { describe, expect, it } from "vitest";
import { removeSpoilers } from "../../../src/core/spoilers";
import { countNotices, plainText, splitMarked } from "./helpers";

const link = "https://critic.test/post";

const cases: Array<{ name: string; html: string; gone: string[]; kept: string[] }> = [
  { name: "a fact-box row headed 'Spoiler' loses its cell, and the table keeps its rows and cells",
    html: "<table><tr><th>Regie</th><td>KEEP1</td></tr><tr><th>Spoiler</th><td>LEAK1 <b>x</b></td></tr><tr><th>Fazit</th><td>KEEP2</td></tr></table>",
    gone: ["LEAK1"], kept: ["<tr><th>Regie</th><td>KEEP1</td></tr><tr><th>Spoiler</th><td><em", "</em></td></tr><tr><th>Fazit</th><td>KEEP2</td></tr></table>"] },
  { name: "a 'Spoiler:' label right before [spoiler] markup goes with it, and the text after the markup stays",
    html: "<p>Spoiler: [spoiler]LEAK1 x[/spoiler] KEEP1 what a twist.</p><p>KEEP2.</p>", gone: ["LEAK1", "Spoiler:", "[spoiler]"], kept: ["KEEP1 what a twist.", "KEEP2"] },
  { name: "a 'Spoiler:' label with words of its own before the markup hides its paragraph, and only that",
    html: "<p>KEEP1.</p><p>Spoiler: LEAK1 the doctor, [spoiler]LEAK2 twice[/spoiler].</p><p>KEEP2.</p>", gone: ["LEAK1", "LEAK2", "Spoiler:"], kept: ["KEEP1", "KEEP2"] },
  { name: ">! and !< on lines of their own span paragraphs",
    html: "<p>KEEP1.</p><p>&gt;!</p><p>LEAK1.</p><p>LEAK2.</p><p>!&lt;</p><p>KEEP2.</p>", gone: ["LEAK1", "LEAK2", ">!", "!<"], kept: ["KEEP1", "KEEP2"] },
  { name: "|| lines of their own span paragraphs, pairing in order; a third stays as text",
    html: "<p>KEEP1.</p><p>||</p><p>LEAK1.</p><figure><img src=\"https://x.test/LEAK2.jpg\"></figure><p><b> || </b></p><p>KEEP2.</p><p>||</p><p>KEEP3.</p>",
    gone: ["LEAK1", "LEAK2"], kept: ["KEEP1", "KEEP2", "<p>||</p><p>KEEP3.</p>"] },
  { name: "'here be spoilers' … 'spoiler-free from here'",
    html: "<p>KEEP1.</p><p>Here be spoilers.</p><p>LEAK1.</p><p>Spoiler-free from here.</p><p>KEEP2.</p>", gone: ["LEAK1", "Here be", "from here"], kept: ["KEEP1", "KEEP2"] },
  { name: "'safe to read again' closes a span",
    html: "<p>Spoilers below.</p><p>LEAK1.</p><p>(Safe to read again.)</p><p>KEEP1.</p>", gone: ["LEAK1", "Safe to read"], kept: ["KEEP1"] },
  { name: "a 'Spoiler-free verdict' heading ends a span and stays",
    html: "<p>KEEP1.</p><p>Spoilers ahead.</p><p>LEAK1.</p><h2>Spoiler-free verdict</h2><p>KEEP2.</p>", gone: ["LEAK1"], kept: ["KEEP1", "Spoiler-free verdict", "KEEP2"] },
  { name: "'spoilers for <film> ahead'",
    html: "<p>KEEP1.</p><p>Spoilers for the whole of Ballerina ahead.</p><p>LEAK1.</p>", gone: ["LEAK1", "whole of Ballerina"], kept: ["KEEP1"] },
  { name: "'the next 2 paragraphs' counts paragraphs, not figures",
    html: "<p>The next 2 paragraphs contain spoilers.</p><p>LEAK1.</p><figure><img src=\"https://x.test/LEAK2.jpg\"></figure><p>LEAK3.</p><figure><img src=\"https://x.test/KEEP1.jpg\"></figure><p>KEEP2.</p>",
    gone: ["LEAK1", "LEAK2", "LEAK3"], kept: ["KEEP1", "KEEP2"] },
  { name: "'spoilers in the next section' takes that section's heading and body",
    html: "<p>KEEP1. Spoilers in the next section.</p><h2>LEAK1 heading</h2><p>LEAK2.</p><h2>KEEP2</h2><p>KEEP3.</p>", gone: ["LEAK1", "LEAK2", "next section"], kept: ["KEEP1", "KEEP2", "KEEP3"] },
  { name: "an h3 spoiler section ends at a higher-level h2",
    html: "<h2>KEEP1</h2><h3>Spoilers</h3><p>LEAK1.</p><h4>LEAK2</h4><h2>KEEP2</h2><p>KEEP3.</p>", gone: ["LEAK1", "LEAK2"], kept: ["KEEP1", "KEEP2", "KEEP3"] },
  { name: "an unclosed [spoiler] mid-paragraph hides the rest of that paragraph",
    html: "<p>KEEP1 [spoiler]LEAK1 the end.</p><p>KEEP2.</p>", gone: ["LEAK1", "[spoiler]"], kept: ["KEEP1", "KEEP2"] },
  { name: "<br><br> paragraphs: an inline warning stops at the blank line",
    html: "KEEP1 intro (major spoilers): LEAK1 he lives.<br><br>KEEP2 next paragraph.<br/><br/>KEEP3.", gone: ["LEAK1"], kept: ["KEEP1", "KEEP2", "KEEP3"] },
  { name: "<br><br> paragraphs: 'skip the next paragraph' takes one",
    html: "KEEP1.<br><br>(Skip the next paragraph to avoid spoilers)<br><br>LEAK1 <b>bold</b>.<br><br>KEEP2.", gone: ["LEAK1", "bold"], kept: ["KEEP1", "KEEP2"] },
  { name: "plain text with no markup at all",
    html: "KEEP1 fine film. Spoiler: LEAK1 it was all a dream.", gone: ["LEAK1"], kept: ["KEEP1 fine film."] },
  { name: "a figure caption is a block: a spoiler line before it takes the figure",
    html: "<p>KEEP1.</p><p>Spoilers:</p><figure><img src=\"https://x.test/LEAK1.jpg\"><figcaption>LEAK2</figcaption></figure><p>End of spoilers.</p><p>KEEP2.</p>", gone: ["LEAK1", "LEAK2"], kept: ["KEEP1", "KEEP2"] },
  { name: "a wrapper <article> and <section>s are looked through",
    html: "<article><section><p>KEEP1.</p><p>Spoiler warning!</p></section><section><p>LEAK1.</p><p>End of spoilers</p></section><p>KEEP2.</p></article>", gone: ["LEAK1", "Spoiler warning"], kept: ["KEEP1", "KEEP2"] },
  { name: "'entering spoiler territory' takes its whole sentence",
    html: "<p>KEEP1.</p><p>KEEP2 a fine film. We're now entering spoiler territory.</p><p>LEAK1.</p>", gone: ["LEAK1", "entering", "territory"], kept: ["KEEP1", "KEEP2 a fine film."] },
  { name: "a marker ending its paragraph leaves the author's own clause before it",
    html: "<p>KEEP1 I loved the film, but spoilers ahead.</p><p>LEAK1.</p>", gone: ["LEAK1", "but spoilers"], kept: ["KEEP1 I loved the film,"] },
  { name: "a marker ending its paragraph leaves the author's own clause before it (French)",
    html: "<p>KEEP1 Bien aimé le film dans l’ensemble, mais attention spoilers !</p><p>LEAK1.</p>", gone: ["LEAK1", "attention"], kept: ["KEEP1 Bien aimé le film dans l’ensemble,"] },
  { name: "a clause that is part of the warning, or too short to stand, goes with it",
    html: "<p>KEEP1.</p><p>If you have not seen it yet, spoilers ahead.</p><p>Okay, spoilers ahead.</p><p>LEAK1.</p>", gone: ["LEAK1", "seen it", "Okay"], kept: ["KEEP1"] },
  { name: "'Spoilers, obviously' on a line of its own",
    html: "<p>KEEP1.</p><p><strong>Spoilers, obviously.</strong></p><p>LEAK1.</p>", gone: ["LEAK1", "obviously"], kept: ["KEEP1"] },
  { name: "'SPOILERS FOR THE WHOLE FILM' on a line of its own",
    html: "<p>KEEP1.</p><h4>SPOILERS FOR THE WHOLE FILM</h4><p>LEAK1.</p>", gone: ["LEAK1", "WHOLE FILM"], kept: ["KEEP1"] },
  { name: "'Spoilers for <film>' as a paragraph label",
    html: "<p>KEEP1.</p><p>— Major spoilers for The Call (2020) —</p><p>LEAK1.</p>", gone: ["LEAK1", "The Call"], kept: ["KEEP1"] },
  { name: "Letterboxd's body line, through removeSpoilers alone",
    html: "<p><em>This review may contain spoilers.</em></p><p>LEAK1 twist.</p>", gone: ["LEAK1", "may contain"], kept: [] },
  { name: "'Okay, time for spoilers.'",
    html: "<p>KEEP1.</p><p>Okay, time for spoilers.</p><p>LEAK1.</p><p>/spoilers</p><p>KEEP2.</p>", gone: ["LEAK1", "time for", "/spoilers"], kept: ["KEEP1", "KEEP2"] },
  { name: "'(Spoiler-y bits ahead)'",
    html: "<p>KEEP1.</p><p>(Spoiler-y bits ahead)</p><p>LEAK1.</p>", gone: ["LEAK1", "bits ahead"], kept: ["KEEP1"] },
  { name: "'Warning: the following contains spoilers.'",
    html: "<p>KEEP1.</p><p>Warning: the following contains spoilers.</p><p>LEAK1.</p>", gone: ["LEAK1", "following"], kept: ["KEEP1"] },
  { name: "'skip the next paragraph if you want to go in blind'",
    html: "<p>KEEP1. Skip the next paragraph if you want to go in blind.</p><p>LEAK1.</p><p>KEEP2.</p>", gone: ["LEAK1", "go in blind"], kept: ["KEEP1.", "KEEP2"] },
  { name: "'Contains spoilers.' on a line of its own",
    html: "<p>KEEP1.</p><p><em>Contains spoilers.</em></p><p>LEAK1.</p>", gone: ["LEAK1", "Contains"], kept: ["KEEP1"] },
  { name: "a 'Spoilery discussion' heading",
    html: "<h2>KEEP1</h2><h2>Spoilery discussion</h2><p>LEAK1.</p><h2>KEEP2</h2>", gone: ["LEAK1", "Spoilery"], kept: ["KEEP1", "KEEP2"] },
  { name: "'(Spoiler-heavy)' is a label: only a qualifier hyphened as 'spoiler-light' promises few",
    html: "<p>KEEP1 a spoiler-light intro.</p><p>(Spoiler-heavy)</p><p>LEAK1.</p>", gone: ["LEAK1", "Spoiler-heavy"], kept: ["KEEP1 a spoiler-light intro."] },
  { name: "a banner styled with a 'spoilers-ahead' class still opens a span",
    html: "<p>KEEP1.</p><div class=\"spoilers-ahead\">Spoilers ahead!</div><p>LEAK1.</p>", gone: ["LEAK1", "Spoilers ahead"], kept: ["KEEP1"] },
];

describe("edge cases", () => {
  it.each(cases)("$name", ({ html, gone, kept }) => {
    const result = removeSpoilers(html, { link });
    for (const text of gone) expect(result.html).not.toContain(text);
    for (const text of kept) expect(result.html).toContain(text);
    expect(countNotices(result.html)).toBe(1);
    expect(result.removed.length).toBeGreaterThan(0);
  });

  it("in 'mark' mode, a 'Spoiler:' label before a spoiler span goes, and the span stays wrapped", () => {
    const html = "<p>KEEP1.</p><p><b>Spoilers:</b> <span class=\"spoiler\">LEAK1 x</span> KEEP2 wow.</p><p>KEEP3.</p>";
    const { inside, outside } = splitMarked(removeSpoilers(html, { link, mode: "mark" }).html);
    expect(inside).toContain("LEAK1");
    for (const keep of ["KEEP1", "KEEP2", "KEEP3"]) expect(outside).toContain(keep);
    expect(outside).not.toContain("Spoilers:");
  });

  it("a scoped opener does not stretch to a closer past a heading", () => {
    const html = "<p>Spoilers in the next paragraph.</p><p>LEAK1.</p><p>KEEP1.</p><h2>KEEP2</h2><p>KEEP3.</p><p>(End of spoilers)</p>";
    const result = removeSpoilers(html, { link });
    expect(result.html).not.toContain("LEAK1");
    for (const text of ["KEEP1", "KEEP2", "KEEP3", "(End of spoilers)"]) expect(result.html).toContain(text);
  });

  it("a closer with no opener is kept as written", () => {
    const html = "<p>First.</p><p>(End of spoilers)</p><p>Last.</p>";
    expect(plainText(removeSpoilers(html, { link }).html)).toBe(plainText(html));
  });

  it("an empty post stays empty", () => {
    expect(removeSpoilers("", { link })).toEqual({ html: "", removed: [] });
  });

  it("reports the words of each passage, not counting its markers", () => {
    const { removed } = removeSpoilers("<p>Spoilers ahead.</p><p>One two three.</p><p>End of spoilers.</p><p>Kept.</p>", { link });
    expect(removed).toEqual([{ marker: "prose-block", trigger: "Spoilers ahead.", text: "One two three.", words: 3 }]);
  });

  it("an opener with nothing after it removes just its line, with no notice", () => {
    const { html, removed } = removeSpoilers("<p>Kept.</p><p>Spoilers ahead!</p>", { link });
    expect(html).toBe("<p>Kept.</p>");
    expect(removed).toEqual([]);
  });
});
