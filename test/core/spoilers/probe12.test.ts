// The twelfth red-team corpus (test/fixtures/spoiler-probe12.ts), written blind: about eighty posts
// in fourteen languages that had no lexicon then (ms, tl, bn, ur, sr in both scripts, hr, bg, sk,
// sl, lt, et, sw, gl, is), each with a paired opener and closer, a scoped warning, a heading, a
// title tag, a <details> box in the language's words and a trap. Blind, 54 of 85 failed; the
// lexicons added for twelve of the languages fixed theirs; Swahili and Icelandic got lexicons a
// session later, which fixed the Swahili posts but not five Icelandic ones (see below).
import { describeCorpus } from "./corpus-support";
import { posts12 } from "../../fixtures/spoiler-probe12";

const SHORT_SPILLIR = "the Icelandic lexicon (added after this probe, from Vísir, Morgunblaðið, kvikmyndir.is) knows spennuspillir, spilliefni, höskuldarviðvörun and the loanword; this post's short 'spillar'/'spillir' is not in it, and bare 'spilla' is also the verb 'to spoil, ruin'";

/** conv → why the engine still misses it. */
const KNOWN_MISSES: Record<string, string> = {
  "is: paired opener 'Varúð: spillar framundan!' and closer 'Spillum lokið.'": SHORT_SPILLIR,
  "is: scoped warning 'Næsta efnisgrein inniheldur spilli.'": SHORT_SPILLIR,
  "is: heading 'Spillar' then heading 'Niðurstaða'": SHORT_SPILLIR,
  "is: whole-post title tag 'SPILLAR:'": SHORT_SPILLIR,
  "is: details/summary 'Spillir (smelltu til að sjá)'": SHORT_SPILLIR,
};

describeCorpus("the twelfth red-team corpus", posts12, KNOWN_MISSES, { languages: null, singleDigitTokens: true });
