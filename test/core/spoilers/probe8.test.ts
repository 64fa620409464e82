// The eighth red-team corpus (test/fixtures/spoiler-probe8.ts): posts written blind by an eighth
// author, focused on structure and scope — h2/h3/h4 sections that must end at the next h3 or h2,
// spoilers in lists, nested lists, tables, blockquotes and pull quotes, figures, image alt text and
// YouTube embeds inside and right after a span, closers sharing the last spoiler paragraph, two
// spans with kept text between, scoped "next two paragraphs" warnings, markers in bold, italics,
// caps and emoji; Medium, Substack, Gutenberg (block comments, core/details), Blogger <br>-only
// posts, Ghost cards, Tistory, Naver, Hatena and note — in the eight core languages, plus five
// posts each in id, vi, th, ar, uk, cs, da and no. Same checks as the other corpora (checkPost),
// with its own describe. What it still misses is listed as expected failures, with why.
import { describe, expect, it } from "vitest";
import { checkPost } from "./corpus-support";
import { posts8 } from "../../fixtures/spoiler-probe8";

/** conv → why the engine still misses it. */
const KNOWN_MISSES: Record<string, string> = {
  "en: Blogger <br>-only post with two '*** SPOILERS ***' … '*** END SPOILERS ***' spans, an image and kept text between":
    "blind probe 8: the second opener '*** SPOILERS AGAIN, SORRY ***' in a <br>-only Blogger post is not read; LEAK3 leaks (the first span is hidden)",
  "en: Substack 'Spoilers from here on' with a subscribe button inside the span, closer 'Okay, spoilers over.' at the end of the last spoiler paragraph, spoiler footnote":
    "blind probe 8: a Substack footnote opening 'Spoiler for last week's pick: …' is not hidden; LEAK3 leaks (the main span, button and same-paragraph closer work)",
  "fr: Substack 'Attention, divulgâcheur !' opener with closer 'Fin des spoilers.' at the end of the last spoiler paragraph; spoiler footnote":
    "blind probe 8: a Substack footnote opening 'Divulgâcheur pour son premier film : …' is not hidden; LEAK3 leaks (the main span works)",
  "pt: list — item '(spoiler)' and an item 'Spoilers do final:' with a nested list":
    "blind probe 8: a list item 'Spoilers do final:' does not hide its nested list; LEAK2–LEAK3 leak (the '(spoiler)' item is hidden)",
  "pt: Blogger <br>-only 'ALERTA DE SPOILER' … 'FIM DO SPOILER' twice, kept text between":
    "blind probe 8: in a <br>-only Blogger post the second 'ALERTA DE SPOILER' … 'FIM DO SPOILER' span (opener and closer one <br> from the text) is not hidden; LEAK2 leaks",
  "it: Blogger <br>-only 'SPOILER' … 'FINE SPOILER' twice, with a closer sharing the line of the last spoiler":
    "blind probe 8: in a <br>-only Blogger post the second 'SPOILER' … '(fine spoiler)' span is not hidden; LEAK2 leaks",
  "vi: warning without 'spoil': 'Đoạn văn tiếp theo tiết lộ cái kết, ai chưa xem phim thì lướt qua nhé'":
    "blind probe 8: 'Đoạn văn tiếp theo tiết lộ cái kết' (the next paragraph reveals the ending) hides the paragraph but runs on to the end of the post; KEEP2–KEEP3 are lost",
  "ar: h3 'منطقة الحرق: عن النهاية' under an h2, ends at the next h3":
    "blind probe 8: the Arabic heading 'منطقة الحرق: عن النهاية' (spoiler zone: about the ending) is not read as a spoiler heading (borderline: حرق without الأحداث); LEAK1–LEAK2 leak",
};

describe("the eighth red-team corpus", () => {
  it("has unique convs, and names each known miss once", () => {
    expect(new Set(posts8.map((post) => post.conv)).size).toBe(posts8.length);
    for (const conv of Object.keys(KNOWN_MISSES)) expect(posts8.some((post) => post.conv === conv), conv).toBe(true);
  });

  it("keeps every post within nine LEAK and nine KEEP tokens", () => {
    for (const post of posts8) {
      for (const prefix of ["LEAK", "KEEP"] as const) {
        const found = post.html.match(new RegExp(`${prefix}\\d+`, "g")) ?? [];
        expect(found.every((token) => /^(LEAK|KEEP)[1-9]$/.test(token)), `${post.conv} ${prefix}`).toBe(true);
      }
    }
  });

  posts8.forEach((post, index) => {
    const title = `#${index} [${post.lang}] ${post.conv}`;
    const miss = KNOWN_MISSES[post.conv];
    if (miss) it.fails(`${title} (known miss: ${miss})`, () => checkPost(post));
    else it(title, () => checkPost(post));
  });
});
