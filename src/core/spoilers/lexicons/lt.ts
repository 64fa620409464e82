// Lithuanian: „Dėmesio, spoileriai!" and „Įspėjimas: spoileris" (line words beside a label),
// „Toliau – spoileriai", „Žemiau bus spoilerių" (a label with a direction), „Šioje recenzijoje yra
// spoilerių", „Kitoje pastraipoje atskleidžiama pabaiga", „Spoilerių pabaiga", „Spoileriai
// baigėsi", „Toliau be spoilerių", „recenzija su spoileriais", „(spoileriai)". „Be spoilerių",
// „nespoilinsiu" and „neatskleisiu" mark nothing. Cases are separate words (spoileriai, spoilerių,
// spoileriais, spoileris): the phrases list them, never English "spoiler".
import type { Lexicon } from "./types";

export const lt: Lexicon = {
  openers: ["(recenzijoje|tekste) (yra|gausu) spoilerių"],
  warnings: [],
  closers: ["(spoilerių pabaiga|spoileriai baigėsi)", "toliau be spoilerių"],
  closingLines: [],
  scoped: [
    ["(ši|šioje) (pastraipa|pastraipoje)", "this 1 p"],
    ["(kita|kitoje) (pastraipa|pastraipoje)", "next 1 p"],
    ["(kitos|kitose) {n} (pastraipos|pastraipose)", "next {n} p"],
    ["(ši|šioje) (dalis|dalyje)", "this s"],
    ["(kita|kitoje) (dalis|dalyje)", "next s"],
  ],
  labels: ["spoileriai", "spoilerių", "spoileriais", "spoileris"],
  tags: ["su spoileriais"],
  titleTags: [],
  qualifiers: ["dideli", "smulkus"],
  lineWords: ["dėmesio", "įspėjimas", "recenzija"],
  topics: [],
  verbs: ["yra"],
  directions: ["toliau", "žemiau", "nuo čia"],
  reveals: ["(atskleidžiama pabaiga|aptarsiu pabaigą)"],
  notSeen: ["(nematėte|nematei)"],
  stops: ["(toliau neskaitykite|praleiskite)"],
  reasons: [],
  contentWarnings: [],
  endings: [],
  nonMarkers: ["be spoilerių", "(nespoilinsiu|neatskleisiu)"],
  boilerplate: [],
  counts: { dvi: 2 },
};
