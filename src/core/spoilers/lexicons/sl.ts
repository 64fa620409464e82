// Slovenian: „Pozor, spojlerji!", „Opozorilo: spojlerji", „Sledijo spojlerji", „Spojlerji v
// nadaljevanju" (a label beside a direction), „Besedilo vsebuje spojlerje", „Konec spojlerjev",
// „Naprej brez spojlerjev", „kritika s spojlerji", „Naslednji odstavek vsebuje spojlerje", with
// the loan „spoiler" spelled alike. „Brez spojlerjev", „ne bom razkril konca" and a car's „zadnji
// spojler" mark nothing.
import type { Lexicon } from "./types";

export const sl: Lexicon = {
  openers: ["(besedilo|kritika|članek) vsebuje (spojlerje|spoilerje)"],
  warnings: ["(pozor|opozorilo) (spojlerji|spoilerji)"],
  closers: ["konec (spojlerjev|spoilerjev)", "naprej brez (spojlerjev|spoilerjev)"],
  closingLines: [],
  scoped: [
    ["(ta|tem) (odstavek|odstavku)", "this 1 p"],
    ["naslednji odstavek", "next 1 p"],
    ["(naslednja|naslednji) {n} (odstavka|odstavki)", "next {n} p"],
    ["(ta|tem) (razdelek|razdelku)", "this s"],
    ["naslednji razdelek", "next s"],
  ],
  labels: ["(spojler|spojlerji|spojlerjev|spojlerje|spoilerji|spoilerjev)"],
  tags: ["(kritika |)s (spojlerji|spoilerji)", "vsebuje (spojlerje|spoilerje)"],
  titleTags: [],
  qualifiers: ["manjši", "večji"],
  lineWords: [],
  topics: [],
  verbs: [],
  directions: ["sledijo", "v nadaljevanju", "spodaj"],
  reveals: ["(razkrivam|razkrije|razkriva|opisujem) (konec|razplet)"],
  notSeen: ["(niste|nisi) (videli|gledali)"],
  stops: ["(ne berite|preskočite)"],
  reasons: [],
  contentWarnings: [],
  endings: [],
  nonMarkers: ["(brez|ni) (spojlerjev|spoilerjev)", "(ne bom|nočem) (razkril|razkrila|izdal)", "zadnji spojler"],
  boilerplate: [],
  counts: { dva: 2 },
};
