// The tenth red-team corpus (test/fixtures/spoiler-probe10.ts): posts written blind by a tenth
// author, about natural phrasing in long-form reviews. About seventy posts in en, es, pt, fr, de,
// it, ja, ko, zh, ru, nl, pl, tr and sv, with the marking phrased the many ways critics write it:
// warnings closing a paragraph or sitting in its middle, parentheses, bold, rhetorical questions,
// apologies, promises to stop, natural closers, scoped warnings with varied units, headings with
// the marker inside a longer title, and traps (negations, hypotheticals, quoted warnings, "spoiler"
// in other senses). Same checks as the other corpora (describeCorpus), without a language check.
// What it still misses is listed as expected failures, with why.
import { describeCorpus } from "./corpus-support";
import { posts10 } from "../../fixtures/spoiler-probe10";

/** conv → why the engine still misses it. */
const KNOWN_MISSES: Record<string, string> = {
  "en: parenthesis '(spoilers follow until the next heading)' at the end of a paragraph":
    "blind probe 10: the sentence holding '(spoilers follow until the next heading)' is cut whole, so KEEP2 is lost; LEAK1-2 correctly gone (borderline: content and marker share the sentence)",
  "en: rhetorical question 'Want to know how it ends? Read on.' with no 'spoiler' word, runs to the end":
    "blind probe 10: the rhetorical 'Want to know how it ends? Read on.' (no 'spoiler' word) marks nothing; LEAK1 and LEAK2 leak (borderline)",
  "es: parenthesis '(ojo, que destripo el final)' ends a paragraph; closer 'Fin del destripe.'":
    "blind probe 10, after this session's fixes: the leak now goes, but so does KEEP2, the sentence the parenthesis closes",
  "fr: warning closes a paragraph ('et c'est là que je dois vous parler de la fin, spoilers compris'), closer 'Fin des spoilers.'":
    "blind probe 10: the paragraph-closing 'et c'est là que je dois vous parler de la fin, spoilers compris.' marks nothing; LEAK1 leaks",
  "fr: rhetorical question 'Vous voulez savoir comment ça finit ? Lisez la suite.' runs to the end":
    "blind probe 10: the rhetorical 'Vous voulez savoir comment ça finit ? Lisez la suite' (no 'spoiler' word) marks nothing; LEAK1 and LEAK2 leak (borderline)",
  "it: parenthesis '(seguono spoiler)' ends a paragraph, closer 'Ok, torniamo a parlare senza spoiler.'":
    "blind probe 10, after this session's fixes: the closer 'torniamo a parlare senza spoiler' now ends the span, but KEEP2, the sentence the parenthesis closes, still goes with it (borderline)",
};

describeCorpus("the tenth red-team corpus", posts10, KNOWN_MISSES, { languages: null, singleDigitTokens: true });
