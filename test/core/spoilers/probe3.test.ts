// The third red-team corpus (test/fixtures/spoiler-probe3.ts): 144 posts written blind by a third
// author, aimed at regional varieties (Mexican and Argentine Spanish, European Portuguese,
// Austrian German, Québécois French), newsletters, Naver/Tistory/Brunch and note/Ameblo/FC2
// conventions and emoji-heavy lines, plus 20 traps written to check the fixes it led to. Same
// checks as probe.test.ts; what it still misses is listed as expected failures, with why.
import { describeCorpus } from "./corpus-support";
import { postFixTraps3, posts3 } from "../../fixtures/spoiler-probe3";

/** conv → why the engine still misses it. */
const KNOWN_MISSES: Record<string, string> = {
  "en-monkey-emoji-skip": "borderline: a warning before any heading reaches the end of the post, as documented, so the graded section after it goes too",
  // A label line with its spoiler on the same line reaches on to the section's end, as documented;
  // the engine does not read white "highlight to read" text or a quote as the whole spoiler.
  "en-highlight-to-read-white": "borderline: the label line's span reaches the end of the post and takes the verdict after it",
  "en-blockquote-spoiler-inside": "borderline: a 'SPOILER:' line in a quote reaches past the quote to the end of the post",
  "de-markieren-zum-lesen": "borderline: the label line's span reaches the end of the post and takes the verdict after it",
  "ja-hanten-white-span": "borderline: the label line's span reaches the end of the post and takes the verdict after it",
  "en-trap-hate-spoilers-aside-colon": "borderline: 'spoilers (seriously):' reads as a label before its colon, so the rest of the sentence goes",
};

describeCorpus("the third red-team corpus", [...posts3, ...postFixTraps3], KNOWN_MISSES);
