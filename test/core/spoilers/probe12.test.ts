// The twelfth red-team corpus (test/fixtures/spoiler-probe12.ts), written blind: about eighty posts
// in fourteen languages that had no lexicon then (ms, tl, bn, ur, sr in both scripts, hr, bg, sk,
// sl, lt, et, sw, gl, is), each with a paired opener and closer, a scoped warning, a heading, a
// title tag, a <details> box in the language's words and a trap. Blind, 54 of 85 failed; the
// lexicons added for twelve of the languages fixed all but the two left without one.
import { describeCorpus } from "./corpus-support";
import { posts12 } from "../../fixtures/spoiler-probe12";

const NO_LEXICON = "no lexicon: Swahili and Icelandic were left out to keep the worker bundle within 250 KB gzip (README, 'What is recognised, by language'); the English loanword alone does not mark it";

/** conv → why the engine still misses it. */
const KNOWN_MISSES: Record<string, string> = {
  "sw: paired opener 'Tahadhari: spoilers mbele!' and closer 'Mwisho wa spoilers.'": NO_LEXICON,
  "sw: scoped warning 'Aya inayofuata ina spoiler.'": NO_LEXICON,
  "is: paired opener 'Varúð: spillar framundan!' and closer 'Spillum lokið.'": NO_LEXICON,
  "is: scoped warning 'Næsta efnisgrein inniheldur spilli.'": NO_LEXICON,
  "is: heading 'Spillar' then heading 'Niðurstaða'": NO_LEXICON,
  "is: whole-post title tag 'SPILLAR:'": NO_LEXICON,
  "is: details/summary 'Spillir (smelltu til að sjá)'": NO_LEXICON,
};

describeCorpus("the twelfth red-team corpus", posts12, KNOWN_MISSES, { languages: null, singleDigitTokens: true });
