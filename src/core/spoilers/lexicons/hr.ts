// Croatian (and Bosnian): „Upozorenje: spojleri!", „Pažnja, spoileri", „Slijede spojleri", „Spojleri u
// nastavku" (a label beside a direction), „Tekst sadrži spojlere", „Kraj spojlera", „Dalje bez
// spojlera", „recenzija sa spojlerima", „(spojleri)", „Sljedeći odlomak sadrži spojlere". The loan
// „spoiler" and the adapted „spojler" are both written. „Bez spojlera", „neću otkrivati kraj" and a
// car's „stražnji spojler" mark nothing.
import type { Lexicon } from "./types";

export const hr: Lexicon = {
  openers: ["(tekst|recenzija|članak) sadrži (spojlere|spoilere)"],
  warnings: ["(upozorenje|pažnja) (spojleri|spoileri)"],
  closers: ["kraj (spojlera|spoilera)", "dalje bez (spojlera|spoilera)"],
  closingLines: [],
  scoped: [
    ["(ovaj|ovom) (odlomak|odlomku)", "this 1 p"],
    ["(sljedeći|idući) odlomak", "next 1 p"],
    ["sljedeća {n} odlomka", "next {n} p"],
    ["(ovaj|ovom) (dio|dijelu)", "this s"],
    ["sljedeći dio", "next s"],
  ],
  labels: ["(spojler|spojleri|spojlera|spojlere|spojlerima|spoileri|spoilerima)"],
  tags: ["(recenzija |kritika |)sa (spojlerima|spoilerima)", "sadrži (spojlere|spoilere)"],
  titleTags: [],
  qualifiers: ["manji", "veliki"],
  lineWords: ["oprez"],
  topics: [],
  verbs: [],
  directions: ["slijede", "u nastavku", "ispod", "odavde"],
  reveals: ["(otkrivam|otkriva|opisujem) (kraj|završetak|rasplet)"],
  notSeen: ["(niste|nisi) (gledali|gledao)"],
  stops: ["(ne čitajte|preskočite)"],
  reasons: [],
  contentWarnings: [],
  endings: [],
  nonMarkers: ["(bez|nema) (spojlera|spoilera)", "(neću|ne želim) (otkrivati|spojlati)", "stražnji (spojler|spoiler)", "izbjegavam spojlere"],
  boilerplate: [],
  counts: { dva: 2 },
};
