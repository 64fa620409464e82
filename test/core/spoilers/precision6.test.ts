// The sixth precision corpus (test/fixtures/spoiler-precision6.ts), "structured posts full of
// decoration, quotes and boxes that mark nothing", written blind: about 45 feed bodies (en, es, pt,
// fr, de, it, ko, ja) with star banners, separators, pull quotes and reader letters, callout boxes,
// "Verdict"/"The ending"/FAQ headings, rating tables, numbered threads and hashtag lines. No post
// marks anything: every KEEPn must survive and none may be withheld. Blind, 0 of 45 failed: written
// to try this session's new rules (banners closing spans, callouts, quotations, named headings,
// bracketed title tags) for over-removal.
import { describeCorpus } from "./corpus-support";
import { precision6 } from "../../fixtures/spoiler-precision6";

/** conv → why the engine still misses it. */
const KNOWN_MISSES: Record<string, string> = {};

describeCorpus("the sixth precision corpus", precision6, KNOWN_MISSES, { languages: null, singleDigitTokens: true });
