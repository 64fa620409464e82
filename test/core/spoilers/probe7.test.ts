// The seventh red-team corpus (test/fixtures/spoiler-probe7.ts): posts written blind by a seventh
// author, focused on TV recaps and episode reviews, newsletters (Substack widgets), podcast show
// notes with chapter timestamps, Letterboxd, Reddit's rendered spoiler spans, Goodreads' "(view
// spoiler)" containers, static-site markup (Hugo details, Jekyll headings, Eleventy containers),
// AO3-style end notes, Douban, Bilibili, Habr and VK; in the fourteen claimed languages and nine
// more (id, vi, th, ar, uk, cs, da, el, he). Same checks as the other corpora (describeCorpus),
// without a language check. What it still misses is listed as expected failures, with why.
import { describeCorpus } from "./corpus-support";
import { posts7 } from "../../fixtures/spoiler-probe7";

/** conv → why the engine still misses it. */
const KNOWN_MISSES: Record<string, string> = {
  "en: AO3-style pointer to end notes ('see the end notes for spoilery thoughts') with the notes block at the bottom":
    "blind probe 7: a pointer at the top ('See the end of the post for spoilery notes') does not hide the AO3-style end-notes block it names; LEAK1–LEAK2 leak",
  "es: podcast show notes 'a partir del minuto 25:40, destripamos el final' then the chapter text":
    "blind probe 7: 'A partir del 25:40 destripamos el final:' in podcast show notes is not read as a marker (borderline); LEAK1 leaks",
};

describeCorpus("the seventh red-team corpus", posts7, KNOWN_MISSES, { languages: null, singleDigitTokens: true });
