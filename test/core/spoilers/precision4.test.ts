// The fourth precision corpus (test/fixtures/spoiler-precision4.ts), written blind: seventy-two
// review bodies, three in each of twenty-four languages (zh Simplified and Traditional, ru, nl, pl,
// tr, sv, id, vi, th, ar, uk, cs, da, no, el, he, hu, ro, fi, ca, hi, fa, sw, is), that mark
// nothing: spoiler-free promises, endings and twists as craft, trailers and social media that
// spoil, content warnings, and false friends (a car's spoiler, a team playing spoiler, حرق as
// burning, 雷 as thunder). Every KEEPn must reach the digest. Blind, 4 of 72 lost text; fixed: a
// label answered by a denial for a sentence ("剧透：无。…"), "bukan spoiler" (not a spoiler), a
// car's spoiler named in brackets after the native word (vi, hu).
import { describeCorpus } from "./corpus-support";
import { precision4 } from "../../fixtures/spoiler-precision4";

/** conv → why the engine still misses it. */
const KNOWN_MISSES: Record<string, string> = {};

describeCorpus("the fourth precision corpus", precision4, KNOWN_MISSES, { languages: null, singleDigitTokens: true });
