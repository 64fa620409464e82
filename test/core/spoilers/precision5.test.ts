// The fifth precision corpus (test/fixtures/spoiler-precision5.ts), "titles and short posts that
// mark nothing", written blind: about seventy posts in fourteen languages whose titles mention
// spoilers without tagging the post ("Why I stopped reading spoiler warnings", "[리뷰] … (노스포)",
// "Kritik (spoilerfrei): …"), short social posts that use the word loosely ("#nospoilers",
// "I got spoiled on here 😭"), and lines such as "Spoiler level: 0/5", a content warning, a
// post-credits question answered "Yes, stay for it." and a "Spoilers: none" table column. Every
// post must reach the reader whole. Blind, 4 of 67 failed: three withheld whole (an italic film
// title "Spoiler Alert" opening a credit line, the essay title "Is 'Spoilers' the new trailer?",
// the joke "spoiler alert: it's good") and "Nível de spoiler: 0/5". Fixed: a title-case warning
// credited with a year is the film, a title asking a question is tagged only by a bracket, "spoiler
// level" in five languages; the joke stays a known miss, below.
import { describeCorpus } from "./corpus-support";
import { precision5 } from "../../fixtures/spoiler-precision5";

/** conv → why the engine still misses it. */
const KNOWN_MISSES: Record<string, string> = {
  "en-social-spoiler-alert-its-good-joke":
    "borderline, by design: 'spoiler alert: it's good' is a label before a colon, which names what follows it; here the joke reveals nothing, but the engine does not judge what a label names",
};

describeCorpus("the fifth precision corpus", precision5, KNOWN_MISSES, { languages: null, singleDigitTokens: true });
