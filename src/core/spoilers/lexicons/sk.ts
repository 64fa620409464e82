// Slovak: „Upozornenie: spoilery!", „Varovanie, spoiler", „Nasledujú spoilery", „Spoilery nižšie"
// (a label beside a direction), „Recenzia obsahuje spoilery", „Koniec spoilerov", „Ďalej už bez
// spoilerov", „recenzia so spoilermi", „Nasledujúci odsek obsahuje spoilery". „Bez spoilerov",
// „nebudem prezrádzať koniec" and a car's „zadný spoiler" mark nothing. Forms Slovak shares with
// Czech („Pozor, spoilery!", „nevideli", „preskočte") are the Czech lexicon's.
import type { Lexicon } from "./types";

export const sk: Lexicon = {
  openers: ["(recenzia|článok) obsahuje spoilery"],
  warnings: ["(upozornenie|varovanie) (spoilery|spoiler)"],
  closers: ["koniec spoilerov", "(ďalej|odteraz) (už |)bez spoilerov"],
  closingLines: [],
  scoped: [
    ["(tento|tomto) (odsek|odseku)", "this 1 p"],
    ["(nasledujúci|ďalší) odsek", "next 1 p"],
    ["nasledujúce {n} odseky", "next {n} p"],
    ["(táto|tejto) (časť|časti)", "this s"],
    ["nasledujúca časť", "next s"],
  ],
  labels: ["(spoilerov|spoilermi)"],
  tags: ["(recenzia |)so spoilermi"],
  titleTags: [],
  qualifiers: ["drobné", "veľké"],
  lineWords: ["upozornenie"],
  topics: [],
  verbs: [],
  directions: ["nasledujú", "nižšie", "odteraz"],
  reveals: ["(prezradím|prezrádzam|prezrádza|opisujem) (koniec|záver|rozuzlenie)"],
  notSeen: [],
  stops: ["(nečítajte|prestaňte čítať)"],
  reasons: [],
  contentWarnings: [],
  endings: [],
  nonMarkers: ["(bez|žiadne) (spoilerov|spoilery)", "(nebudem|nechcem) (prezrádzať|spoilerovať)", "zadný spoiler"],
  boilerplate: [],
  counts: { dva: 2 },
};
