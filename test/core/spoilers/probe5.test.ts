// The fifth red-team corpus (test/fixtures/spoiler-probe5.ts): 120 posts written blind by a fifth
// author from real platform markup and critics' habits in the eight languages — rendered and raw
// WordPress shortcodes, Ghost toggle cards, Tistory folds, Naver SmartEditor quotations, jump
// breaks, Letterboxd's spoiler line, Mastodon CWs, >!…!< and ||…||, white "highlight to read"
// text, <br>-only layouts, scoped warnings without the word "spoiler", title tags, and 26 traps.
// Same checks as probe.test.ts; what it still misses is listed as expected failures, with why.
import { describeCorpus } from "./corpus-support";
import { posts5 } from "../../fixtures/spoiler-probe5";

/** conv → why the engine still misses it. */
const KNOWN_MISSES: Record<string, string> = {
  "de trap: heading 'Spoiler-Alarm!' over a text declared spoilerfrei": "kept as a miss on purpose (fails safe): cancelling a spoiler heading because its first line says 'spoilerfrei' would also cancel real spoiler sections that open 'Wer spoilerfrei bleiben will, hört hier auf.', and leak them; the cost here is two paragraphs of a rare news column (and, as the heading is the first block and hides all the rest, the post is now withheld rather than sent empty)",
  "it: 'Allarme spoiler:' label inside the paragraph": "blind probe 5: an inline 'Allarme spoiler: …' paragraph opens a span to the end of the section instead of covering its paragraph",
  "it: '(spoiler alert)' English at the start of a paragraph": "blind probe 5: an inline '(spoiler alert) …' paragraph opens a span to the end of the section instead of covering its paragraph",
};

describeCorpus("the fifth red-team corpus", posts5, KNOWN_MISSES);
