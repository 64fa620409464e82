// Estonian: „Hoiatus: spoilerid!" and „Ettevaatust, spoilerid!" (line words beside a label),
// „Spoilerihoiatus", „Siit edasi tulevad spoilerid" (a label with a direction), „Arvustus sisaldab
// spoilereid", „Järgmine lõik sisaldab spoilerit", „Spoilerid on läbi", „Spoilerid said otsa",
// „Spoilerite lõpp", „Siit edasi ilma spoileriteta", „arvustus spoileritega", „Spoileritega
// arvustus:", „(spoilerid)". „Spoilerivaba", „ilma spoileriteta" and „ma ei hakka spoilima" mark
// nothing. Cases are separate words (spoilerid, spoilereid, spoileritega): phrases anchor on them,
// never on English "spoiler".
import type { Lexicon } from "./types";

export const et: Lexicon = {
  openers: ["(arvustus|tekst) sisaldab spoilereid"],
  warnings: ["spoilerihoiatus"],
  closers: ["(spoilerid on läbi|spoilerid said otsa|spoilerite lõpp)", "(siit edasi|tagasi) (ilma spoileriteta|spoilerivaba)"],
  closingLines: [],
  scoped: [
    ["(see|selles) (lõik|lõigus)", "this 1 p"],
    ["(järgmine|järgmises) (lõik|lõigus)", "next 1 p"],
    ["järgmised {n} lõiku", "next {n} p"],
    ["(see|selles) (osa|osas)", "this s"],
    ["(järgmine|järgmises) (osa|osas)", "next s"],
  ],
  labels: ["spoilerid", "spoilereid", "spoileritega"],
  tags: ["sisaldab (spoilereid|spoilerit)", "(arvustus spoileritega|spoileritega arvustus)"],
  titleTags: [],
  qualifiers: ["suured", "kerged"],
  lineWords: ["hoiatus", "ettevaatust", "arvustus"],
  topics: [],
  verbs: ["on"],
  directions: ["edasi", "siit edasi", "allpool"],
  reveals: ["räägin lõpust"],
  notSeen: ["pole (filmi |veel |)näinud"],
  stops: ["(ära loe edasi|jäta vahele|jäta see vahele)"],
  reasons: [],
  contentWarnings: [],
  endings: [],
  nonMarkers: ["(ilma spoileriteta|spoilerivaba|spoilerivabalt)", "(ei hakka spoilima|ei spoili)"],
  boilerplate: [],
  counts: { kaks: 2 },
};
