// Filipino (Tagalog and Taglish, English markers among Tagalog words): "Babala: may spoiler!" and
// "Paalala: spoilers" (line words beside a tag or en's label), "May spoilers sa ibaba", "Simula
// dito, may spoilers na" (a tag with a direction), "May spoilers ang review na ito", "Spoiler
// alert, skip mo na" (en's warning, tl's stop), "Tapos na ang spoilers", "Wala nang spoilers",
// "Balik tayo sa walang spoiler", "(may spoilers)" and "FULL SPOILER na usapan" in a title, "Para sa
// mga nakapanood na" as a label. "Walang spoiler" and "hindi ko i-spoil" mark nothing.
import type { Lexicon } from "./types";

export const tl: Lexicon = {
  openers: ["may (spoiler|spoilers) ang review na ito"],
  warnings: [],
  closers: ["(tapos na ang|wala nang) (spoiler|spoilers)", "balik (tayo |)sa walang spoiler"],
  closingLines: [],
  scoped: [
    ["(talatang ito|itong talata)", "this 1 p"],
    ["susunod na talata", "next 1 p"],
    ["susunod na {n} talata", "next {n} p"],
    ["bahaging ito", "this s"],
    ["susunod na bahagi", "next s"],
  ],
  labels: ["para sa mga nakapanood na"],
  tags: ["(may|maraming) (spoiler|spoilers)", "spoiler na usapan"],
  titleTags: [],
  qualifiers: ["konting"],
  lineWords: ["babala", "paalala"],
  topics: [],
  verbs: [],
  directions: ["sa ibaba", "simula dito", "mula dito"],
  reveals: ["pag usapan natin ang ending"],
  notSeen: ["(hindi|di) (mo |)pa (napapanood|napanood|nakakapanood)"],
  stops: ["(huwag|wag) (mo |)(nang|munang) basahin", "(skip|i skip) mo na"],
  reasons: [],
  contentWarnings: [],
  endings: [],
  nonMarkers: ["walang (spoiler|spoilers)", "(hindi|di) ko (i spoil|ise spoil)"],
  boilerplate: [],
  counts: { dalawang: 2 },
};
