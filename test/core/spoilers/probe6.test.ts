// The sixth red-team corpus (test/fixtures/spoiler-probe6.ts): posts written blind by a sixth
// author from real platform markup and critics' habits in the eight lexicon languages and five more
// (zh, ru, nl, pl, tr): Substack header anchors and footnotes, Discourse, XenForo, WoltLab and
// vBulletin spoiler boxes, Wikipedia-style notice templates, Bootstrap collapses, Kadence and
// Ultimate Blocks accordions, Mastodon RSS content warnings, Naver SmartEditor spoiler space, PTT
// [好雷]/[無雷] titles, Ekşi Sözlük's paired "--- spoiler ---", scoped warnings without the word
// "spoiler", title tags, and traps. Same checks as the other corpora (describeCorpus), without a
// language check. What it still misses is listed as expected failures, with why.
import { describeCorpus } from "./corpus-support";
import { posts6 } from "../../fixtures/spoiler-probe6";

/** conv → why the engine still misses it. */
const KNOWN_MISSES: Record<string, string> = {
  "it: Substack footnote announced in the text as 'nella nota 1 c'è lo spoiler del finale'":
    "blind probe 6: a footnote announced in the text as the spoiler ('nella nota 1 c'è lo spoiler del finale') is not hidden; LEAK1 leaks",
  "ko trap: quoted '스포 주의' as a topic (YouTube thumbnails)":
    "blind probe 6: a quoted '스포 주의' mid-sentence (talk about YouTube thumbnails) opens a span; KEEP1–KEEP3 are lost",
};

describeCorpus("the sixth red-team corpus", posts6, KNOWN_MISSES, { languages: null, singleDigitTokens: true });
