// The eighteenth red-team corpus (test/fixtures/spoiler-probe18.ts), written blind: 55 long,
// structured posts (roundups and newsletters, festival diaries, best-of lists, TV recaps, ranking
// tables, podcast show notes, FAQs) in en, es, pt, fr, de, it, ko and ja, where one part is marked
// as spoilers and the question is how far the marking reaches and where it stops; eight traps
// mark nothing. Blind, 14 of 55 failed; fixed: a qualifier before a bracket ("The Winding Key
// (spoilers)"), a label leading a block's first sentence, a bold title with a bracketed aside as
// a pseudo-heading, a question heading whose label follows its "?", a label leading a quotation
// covers the quotation, a callout box bounds its span, topical labels set apart or bracketed
// ("00:42:10 — Spoiler discussion of the ending:", "[Spoilers de …]"), and phrases in en, pt, es,
// it, fr, ko.
import { describeCorpus } from "./corpus-support";
import { posts18 } from "../../fixtures/spoiler-probe18";

/** conv → why the engine still misses it. */
const TABLE = "a label in one cell of a table names that cell, but the engine reads a table as one block: its span runs to the table's end and takes the rows after it (hiding rather than leaking)";
const KNOWN_MISSES: Record<string, string> = {
  "ranking-table-note-cell-spoiler": TABLE,
  "fr-tableau-cellule-attention-divulgacheur": TABLE,
  "intro-scopes-spoilers-to-one-section-unmarked-there":
    "the intro names the section that holds spoilers ('spoilers only in the section on The Orchard Keeper') and that section is not marked again: the engine does not carry a marker to a heading the text names",
  "ja-podcast-show-notes-netabare-talk-timestamps":
    "borderline: '前半はネタバレなし、後半はネタバレありです' describes the episode's plan in the intro; 'ネタバレあり' opens a span from there (hiding rather than leaking), as in probe 13",
};

describeCorpus("the eighteenth red-team corpus", posts18, KNOWN_MISSES, { languages: null, singleDigitTokens: true });
