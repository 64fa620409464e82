// The ninth red-team corpus (test/fixtures/spoiler-probe9.ts): posts written blind by a ninth
// author. Seven posts each in the eight languages added last (el, he, hu, ro, fi, ca, hi, fa):
// paired opener + closer, a scoped "the next paragraph" warning, a heading naming spoilers in the
// language's own words, a title tag that withholds the post, a warning that never says "spoiler", a
// trap, and one local habit. Then long-review habits in en, es, pt, fr, de, it, ja, ko, zh and ru:
// markers in the middle of long paragraphs, in blockquotes, pull quotes and image captions, "(minor
// spoilers)" asides, joke warnings, a spoiler section followed by a gallery, two spoiler sections
// in a row, a scoped "the rest of this section", and traps. Same checks as the other corpora
// (describeCorpus), without a language check. What it still misses is listed as expected failures,
// with why.
import { describeCorpus } from "./corpus-support";
import { posts9 } from "../../fixtures/spoiler-probe9";

/** conv → why the engine still misses it. */
const KNOWN_MISSES: Record<string, string> = {
  "he: '(ספוילר קל)' aside in the middle of a long paragraph covers the rest of that paragraph":
    "blind probe 9: the Hebrew aside '(ספוילר קל)' (minor spoiler) mid-paragraph marks nothing; LEAK1 after it leaks (borderline)",
};

describeCorpus("the ninth red-team corpus", posts9, KNOWN_MISSES, { languages: null, singleDigitTokens: true });
