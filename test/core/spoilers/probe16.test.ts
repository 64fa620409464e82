// The sixteenth red-team corpus (test/fixtures/spoiler-probe16.ts), written blind: "how people
// really type spoiler warnings". Informal, messy markers in fourteen languages (caps, emoji,
// decoration, idioms and slang, hashtags, escaped closing tags, unrendered forum syntax, headings,
// captions, list items, Blogger <br> lines, Mastodon content warnings), and traps that use the same
// words loosely and mark nothing. Blind, 16 of 77 failed; fixed: held-down letters ("SPOILERSSSS"),
// "/// spoilers ///" banners (one slash against the word still closes), a label line ending in an
// aside, "más spoilers", Mexican and Argentine slang, [spoil]…[/spoil], a warning in a caption, a
// first line that warns and then runs to the end, ㅅㅍ and 스포 ㅈㅇ, an arrow pointing at white
// text, a span that sends readers on to a named heading ("bis zum Fazit") ends before it.
import { describeCorpus } from "./corpus-support";
import { posts16 } from "../../fixtures/spoiler-probe16";

/** conv → why the engine still misses it. */
const KNOWN_MISSES: Record<string, string> = {};

describeCorpus("the sixteenth red-team corpus", posts16, KNOWN_MISSES, { languages: null, singleDigitTokens: true });
