// The third precision corpus (test/fixtures/spoiler-precision3.ts), written blind: about seventy long
// review bodies in fourteen languages (the core eight, two each in zh, ru, nl, pl, tr, sv) from
// Substack, WordPress, Ghost, Blogger, Medium, Letterboxd and Mastodon that talk about endings,
// twists, trailers, spoiler culture and content warnings without marking a spoiler anywhere, so
// every KEEPn must reach the digest. Blind, 6 of 71 lost text; fixed: the memoir "Spoiler Alert:
// The Hero Dies", a sentence promising spoilers elsewhere ("next week on the podcast, with
// spoilers": the lexicons' `elsewhere`), "no lo voy a contar", Korean "spoiler culture".
import { describeCorpus } from "./corpus-support";
import { precision3 } from "../../fixtures/spoiler-precision3";

/** conv → why the engine still misses it. */
const KNOWN_MISSES: Record<string, string> = {};

describeCorpus("the third precision corpus", precision3, KNOWN_MISSES, { languages: null, singleDigitTokens: true });
