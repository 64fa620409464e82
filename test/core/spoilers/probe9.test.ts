// The ninth red-team corpus (test/fixtures/spoiler-probe9.ts): posts written blind by a ninth
// author. Seven posts each in the eight languages added last (el, he, hu, ro, fi, ca, hi, fa):
// paired opener + closer, a scoped "the next paragraph" warning, a heading naming spoilers in the
// language's own words, a title tag that withholds the post, a warning that never says "spoiler",
// a trap, and one local habit. Then long-review habits in en, es, pt, fr, de, it, ja, ko, zh and
// ru: markers in the middle of long paragraphs, in blockquotes, pull quotes and image captions,
// "(minor spoilers)" asides, joke warnings, a spoiler section followed by a gallery, two spoiler
// sections in a row, a scoped "the rest of this section", and traps. Same checks as the other
// corpora (checkPost), with its own describe. What it still misses is listed as expected
// failures, with why.
import { describe, expect, it } from "vitest";
import { checkPost } from "./corpus-support";
import { posts9 } from "../../fixtures/spoiler-probe9";

/** conv → why the engine still misses it. */
const KNOWN_MISSES: Record<string, string> = {
  "el: blockquote 'ΠΡΟΣΟΧΗ ΣΠΟΪΛΕΡ' (caps, diaeresis) covers only the quote; text after it stays":
    "blind probe 9: the span opened by the caps 'ΠΡΟΣΟΧΗ ΣΠΟΪΛΕΡ' line inside a blockquote does not end with the quote; KEEP2–KEEP3 after it are lost",
  "he: 'מי שעוד לא ראה את הסרט – כדאי להפסיק לקרוא כאן' before the ending, to the end of the post":
    "blind probe 9: the Hebrew 'if you haven't seen it, stop reading here … the twist' warning (no ספוילר) is not read as an opener; LEAK1–LEAK2 leak",
  "he: '(ספוילר קל)' aside in the middle of a long paragraph covers the rest of that paragraph":
    "blind probe 9: the mid-paragraph aside '(ספוילר קל)' (minor spoiler) marks nothing; LEAK1 after it leaks (borderline)",
  "hu: 'Aki nem látta, ne olvasson tovább: most lelövöm a poént' (no 'spoiler'), to the end of the post":
    "blind probe 9: the Hungarian 'whoever hasn't seen it, read no further: now I shoot the punchline' warning is not read as an opener; LEAK1–LEAK2 leak",
  "hi: Hinglish 'Spoiler alert:' in Devanagari text, 'Spoilers खत्म' closer":
    "blind probe 9: the Hinglish closer 'Spoilers खत्म' (Latin word + Hindi 'over') does not end the span opened by 'Spoiler alert:'; KEEP2 is lost",
  "fa: 'هشدار: خطر لو رفتن داستان' (native phrasing) opener, 'پایان بخش لو دهنده' closer":
    "blind probe 9: the native Persian 'warning: risk of the story being given away' (no اسپویل) is not read as an opener; LEAK1–LEAK2 leak (borderline)",
  "en: joke 'Spoiler sirens ahead, wee-oo wee-oo' opener, 'Sirens off, you're safe.' closer":
    "blind probe 9: the joke closer 'Sirens off, you're safe.' does not end the span the siren opener starts; KEEP3 is lost (borderline)",
  "en: joke 'Put your fingers in your ears and hum, I'm talking about the ending', 'Okay, fingers out.' closer":
    "blind probe 9: 'Okay, you can take your fingers out now.' does not close the span opened by the fingers-in-your-ears warning; KEEP3 is lost (borderline)",
  "en: '(minor spoilers)' aside mid-sentence covers the rest of that paragraph":
    "blind probe 9: the whole sentence holding the '(minor spoilers)' aside is cut, so KEEP2 (its first half, before the aside) is lost (borderline: the token shares the sentence)",
  "es: '(spoilers leves)' aside mid-paragraph covers the rest of that paragraph":
    "blind probe 9: the mid-paragraph aside '(Spoilers leves)' marks nothing; LEAK1 after it leaks (borderline)",
  "pt: joke 'Alerta de spoiler nível máximo: tapem os ouvidos!' opener, 'Pronto, já podem destapar.' closer":
    "blind probe 9: the emoji-wrapped joke 'Alerta de spoiler nível máximo: tapem os ouvidos!' is not read as an opener; LEAK1–LEAK2 leak (borderline)",
  "fr: aside pull quote 'Attention, divulgâcheur :' covers only the pull quote":
    "blind probe 9: 'Attention, divulgâcheur :' inside an <aside class=pullquote> opens a span that runs past the aside; KEEP2–KEEP3 are lost",
  "ja: 'ここからネタバレ注意。' in the middle of a long paragraph, 'ネタバレ終わり。' later":
    "blind probe 9: with the opener mid-paragraph, KEEP2 (two sentences before 'ここからネタバレ注意。') is lost; the LEAKs go and KEEP1/KEEP3–5 stay",
  "ko: blockquote '스포 주의' covers only the quote":
    "blind probe 9: the bold '스포 주의' line inside a Tistory blockquote opens a span that does not end with the quote; KEEP2–KEEP3 are lost",
  "zh: joke '前方高能，剧透警报拉响！' opener, '警报解除。' closer":
    "blind probe 9: the joke '前方高能，剧透警报拉响！' (spoiler alarm sounded) is not read as an opener; LEAK1–LEAK2 leak (borderline)",
  "ru: joke 'Включаю спойлерную сирену!' opener, 'Сирену выключаю, можно читать дальше.' closer":
    "blind probe 9: the joke 'Включаю спойлерную сирену!' (switching on the spoiler siren) is not read as an opener; LEAK1–LEAK2 leak (borderline)",
};

describe("the ninth red-team corpus", () => {
  it("has unique convs, and names each known miss once", () => {
    expect(new Set(posts9.map((post) => post.conv)).size).toBe(posts9.length);
    for (const conv of Object.keys(KNOWN_MISSES)) expect(posts9.some((post) => post.conv === conv), conv).toBe(true);
  });

  it("keeps every post within nine LEAK and nine KEEP tokens", () => {
    for (const post of posts9) {
      for (const prefix of ["LEAK", "KEEP"] as const) {
        const found = post.html.match(new RegExp(`${prefix}\\d+`, "g")) ?? [];
        expect(found.every((token) => /^(LEAK|KEEP)[1-9]$/.test(token)), `${post.conv} ${prefix}`).toBe(true);
      }
    }
  });

  posts9.forEach((post, index) => {
    const title = `#${index} [${post.lang}] ${post.conv}`;
    const miss = KNOWN_MISSES[post.conv];
    if (miss) it.fails(`${title} (known miss: ${miss})`, () => checkPost(post));
    else it(title, () => checkPost(post));
  });
});
