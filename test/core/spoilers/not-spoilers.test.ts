// Text that talks about spoilers without marking one must survive untouched, in both modes.
import { describe, expect, it } from "vitest";
import { removeSpoilers } from "../../../src/core/spoilers";
import { countNotices, plainText } from "./helpers";

const link = "https://critic.test/post";

const kept: Array<[string, string]> = [
  ["spoiler-free", "<p>This is a spoiler-free review of Ballerina.</p><p>Second paragraph.</p>"],
  ["a Spoiler-Free heading", "<h2>Spoiler-Free Verdict</h2><p>It is great.</p>"],
  ["no spoilers", "<p>No spoilers here, I promise: the action is superb.</p><p>More.</p>"],
  ["(no spoilers) in brackets", "<p>(No spoilers)</p><p>The fights are great.</p>"],
  ["without spoilers", "<p>It is hard to discuss without spoilers, but the lead is terrific.</p>"],
  ["I won't spoil …", "<p>I won’t spoil anything, but I cheered out loud.</p><p>More.</p>"],
  ["I don't want to spoil …", "<p>I don't want to spoil the ending: go see it.</p>"],
  ["spoiler culture", "<p>Spoiler culture has gotten out of hand lately.</p><p>More.</p>"],
  ["trailers spoil too much", "<p>The trailers spoil too much, so skip them.</p><p>More.</p>"],
  ["it spoiled the ending for me", "<p>A friend spoiled the ending for me, and it still worked.</p>"],
  ["a heading 'No spoilers below'", "<h3>No spoilers below</h3><p>The cast is excellent.</p><p>The score too.</p>"],
  ["'trigger warning' is not a spoiler warning", "<p>So: trigger warning for this film.</p><p>More.</p>"],
  ["a sentence ending in 'spoilers' before 'Below'", "<p>I hate spoilers. Below the surface, it is a love story.</p>"],
  ["the word 'spoiler' in a film title", "<p>I watched Spoiler Alert (2022), Jim Parsons's film.</p>"],
  // The film named in running text, in italics or not, with no film cue beside it (probe 11).
  ["Spoiler Alert as the subject of a sentence", "<p><em>Spoiler Alert</em> tells you how it ends in its title, and that is the point.</p><h3>The verdict</h3><p>More.</p>"],
  ["Spoiler Alert followed by a verb, no italics", "<p>Spoiler Alert made me cry on a plane.</p><p>More.</p>"],
  // A heading promising never to spoil, in five languages (probe 11 found the French one hidden).
  ["a heading 'Why I never write spoilers'", "<p>Intro.</p><h2>Why I never write spoilers</h2><p>Because.</p><p>More.</p>"],
  ["a French heading 'jamais de spoilers'", "<p>Intro.</p><h2>Pourquoi je n’écris jamais de spoilers</h2><p>Parce que.</p><p>Encore.</p>"],
  ["a Spanish heading 'nunca hago spoilers'", "<p>Intro.</p><h2>Por qué nunca hago spoilers</h2><p>Porque.</p><p>Más.</p>"],
  ["a German heading 'nie Spoiler'", "<p>Intro.</p><h2>Warum ich nie Spoiler schreibe</h2><p>Darum.</p><p>Mehr.</p>"],
  ["a Portuguese sentence 'nunca dou spoilers'", "<p>Eu nunca dou spoilers: veja o filme.</p><p>Mais.</p>"],
  // Blind probe 13: a heading that is one quotation, a friend's warning reported in Japanese
  // quotes, an essay title about fearing spoilers (Korean and English).
  ["a heading that quotes « Attention spoiler »", "<p>Intro.</p><h2>« Attention spoiler »</h2><p>Un collègue a tweeté ça.</p><h2>La suite</h2><p>Encore.</p>"],
  ["a Japanese 'ネタバレ注意と言いつつ'", "<p>友人から「ネタバレ注意！最後めっちゃ泣くから」というLINEが来ました。ネタバレ注意と言いつつ、泣けるということしか書いていません。</p><p>次の段落。</p>"],
  ["a Korean essay heading '스포일러가 두려운 시대'", "<h3>스포일러가 두려운 시대에 영화를 본다는 것</h3><p>영화 이야기이자, 영화를 보는 방식에 대한 이야기.</p><p>다음 문단.</p>"],
  ["'people who fear spoilers'", "<h2>Watching films in an age that fears spoilers</h2><p>We are all scared of spoilers now.</p><p>More.</p>"],
  // The second precision corpus (blind): avoiding spoilers, a label answered "none", an FAQ.
  ["a Spanish heading 'Por qué huyo de los spoilers'", "<p>Intro.</p><h2>Por qué huyo de los spoilers</h2><p>Porque sí.</p><p>Más.</p>"],
  ["a Croatian heading 'Zašto izbjegavam spojlere'", "<p>Uvod.</p><h2>Zašto izbjegavam spojlere</h2><p>Zato.</p><p>Još.</p>"],
  ["'Spoilers: none' as a list item, in four languages", "<ul><li>Runtime: 118 minutes</li><li>Spoilers: none</li><li>Spojleri: nema</li><li>Spoilery: žiadne</li><li>اسپائلرز: کوئی نہیں</li><li>CW: violence</li></ul><p>More.</p>"],
  ["an FAQ heading answered 'Não.'", "<h3>Há spoilers nesta crítica?</h3><p>Não.</p><h3>Vale a pena?</h3><p>Sim.</p>"],
  ["an FAQ heading answered with a Bengali danda", "<h3>এই রিভিউতে কি স্পয়লার আছে?</h3><p>না।</p><h3>দেখা কি সার্থক?</h3><p>হ্যাঁ।</p>"],
  ["a spoiler review promised for next week", "<p>I will write a spoiler review next week.</p><p>来週ネタバレありの感想を書きます。</p><p>More.</p>"],
  ["'spoilers' as the plural of a thing", "<p>Cars with rear spoilers were everywhere in the chase.</p>"],
  ["a lone closer with no opener", "<p>First paragraph.</p><p>Second: we never got to the end of spoilers season.</p>"],
  ["|| in prose that never closes", "<p>Either this || that.</p>"],
  ["a lone || line", "<p>Either this.</p><p>||</p><p>Or that.</p>"],
  ["|| pairs inside code", "<p>Run <code>a || b || c</code> first.</p><pre>x || y || z</pre>"],
  ["'spoilers for …' in a sentence with a verb", "<p>Spoilers for the film are everywhere online.</p><p>More.</p>"],
  ["'this review does not contain spoilers'", "<p>This review does not contain spoilers.</p><p>More.</p>"],
  ["'plot details' and 'this section' in a verdict", "<p>The plot details are thin, and this section holds my favourite scenes.</p><p>More.</p>"],
  ["« dévoile la fin » in a sentence about a trailer", "<p>La bande-annonce dévoile la fin, hélas. Le film reste superbe.</p><p>Suite.</p>"],
  ["'스포츠)' (sports) opening a line", "<p>스포츠) 야구 이야기입니다.</p><p>More.</p>"],
  ["a label closing a bracket mid-line", "<p>The twist (no, not spoilers) is easy to guess.</p><p>More.</p>"],
  ["a fact-box row headed 'Spoilerfrei'", "<table><tr><th>Spoilerfrei</th><td>ja</td></tr><tr><th>Regie</th><td>Petzold</td></tr></table>"],
  ["a table whose row header is not a label", "<table><tr><th>Spoiler Alert (2022)</th><td>a film by Michael Showalter</td></tr></table>"],
  ["white text nobody announced (a dark theme's inline colour)", "<p>Intro.</p><p><span style=\"color:#fff\">White on the theme's dark page.</span></p><p>More.</p>"],
  ["announced white text on a background of its own", "<p>Highlight to read the credits:</p><p><span style=\"color:#fff;background:#000\">Director: Park.</span></p><p>More.</p>"],
  ["a details block about something else", "<details><summary>Credits</summary><p>Director: Lee Chung-hyun.</p></details>"],
  ["'spoil' in a heading, '[Spoil]' on a line (a title tag only)", "<h2>Does the trailer spoil it?</h2><p>No.</p><p>[Spoil]</p><p>More.</p>"],
  ["a spoiler-light promise", "<p><em>(Spoiler-light review.)</em></p><p>The cast is superb.</p><p>A spoiler-lite take: go.</p>"],
  ["a spoiler-light heading", "<h2>The verdict (spoiler-light)</h2><p>Great.</p>"],
  ["a class naming a spoiler warning banner", "<p class=\"spoiler-free-note\">Note.</p><p>Body.</p>"],
];

describe("not spoilers", () => {
  it.each(kept)("keeps %s", (_name, html) => {
    for (const mode of ["remove", "mark"] as const) {
      const result = removeSpoilers(html, { link, mode });
      expect(plainText(result.html)).toBe(plainText(html));
      expect(result.removed).toEqual([]);
      expect(countNotices(result.html)).toBe(0);
      expect(result.html).not.toContain("data-spoiler");
    }
  });

  it("returns an unmarked post's HTML unchanged, byte for byte", () => {
    const html = "<p>Plain &amp; simple — <em>no</em> markers at all.</p>";
    expect(removeSpoilers(html, { link }).html).toBe(html);
  });

  it("keeps non-ASCII text as characters, not entities", () => {
    const { html } = removeSpoilers("<p>Café “quoted”.</p><p>Spoilers ahead</p><p>x</p>", { link });
    expect(html).toContain("<p>Café “quoted”.</p>");
  });
});
