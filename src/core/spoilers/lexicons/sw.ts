// Swahili (Kenya, Tanzania): blogs and JamiiForums threads borrow "spoiler(s)" and build the
// warning in Swahili around it. "Tahadhari ya spoilers!", "Onyo: spoilers", "Kuanzia hapa kuna
// spoilers" and "Spoilers zinafuata" (a label with a direction), "Makala hii ina spoilers" (line
// words beside a tag), "Aya inayofuata ina spoilers", "Mwisho wa spoilers", "Spoilers zimeishia
// hapa", "Mapitio ya X (yenye spoilers)", "Kwa walioitazama" as a label, "Hapa chini nitaeleza jinsi
// filamu inavyoisha", "kama bado hujaiona, usiendelee kusoma". "Bila spoilers", "hakuna spoilers",
// "sitaki kuwaharibia" and a car's "spoiler ya nyuma" mark nothing.
import type { Lexicon } from "./types";

const SPOILERS = "(spoilers|spoiler)";

export const sw: Lexicon = {
  openers: [],
  warnings: [`(tahadhari|onyo) (ya|la|kuhusu) ${SPOILERS}`],
  closers: [
    `mwisho wa ${SPOILERS}`, `${SPOILERS} (zimeishia hapa|zimeisha|zimekwisha|imeishia hapa|imeisha)`,
    `(tumemaliza|nimemaliza) (na |)${SPOILERS}`, `(kuanzia hapa|sasa) (bila|hakuna) ${SPOILERS}`,
  ],
  closingLines: [],
  scoped: [
    ["aya hii", "this 1 p"],
    ["aya (inayofuata|ijayo|ifuatayo)", "next 1 p"],
    ["aya {n} (zinazofuata|zijazo|zifuatazo)", "next {n} p"],
    ["sehemu hii", "this s"],
    ["sehemu (inayofuata|ijayo|ifuatayo)", "next s"],
  ],
  labels: ["kwa (wale |)(walioitazama|walioiona|walioiangalia|waliokwisha kuitazama|waliokwisha kuiona)"],
  tags: [`(ina|yenye|ikiwa na|pamoja na) ${SPOILERS}`],
  titleTags: [],
  qualifiers: ["kubwa", "ndogo"],
  lineWords: ["tahadhari", "onyo", "angalizo", "kuna", "nyingi", "hapa", "makala hii", "uchambuzi huu", "mapitio haya"],
  topics: ["za", "kuhusu"],
  verbs: [],
  directions: ["kuanzia hapa", "kuanzia sasa", "hapa chini", "zinafuata", "zinakuja"],
  reveals: ["(nitaeleza|nitazungumzia|tutazungumzia) (mwisho wa filamu|mwisho wake|jinsi filamu inavyoisha|jinsi inavyoisha)"],
  notSeen: ["(hujaiona|hujaitazama|hujaitizama|hujaiangalia|hamjaiona|hamjaitazama|hujaona|hujatazama|hujaangalia)"],
  stops: ["(usisome|usiendelee kusoma|acha kusoma|iruke|ruka aya hii|rudi baadaye)"],
  reasons: [],
  contentWarnings: [],
  endings: [],
  nonMarkers: [
    `(bila|hakuna|hamna|haina) ${SPOILERS}`, `(wanaogopa|kuogopa|naogopa|kuepuka|kukwepa) ${SPOILERS}`, "spoiler ya (nyuma|gari)",
    "(sitaki|sipendi) (kuwaspoil|kukuspoil|kuwaharibia|kukuharibia)", "(sitawaspoil|sitakuspoil|sitawaharibia|sitakuharibia)",
  ],
  boilerplate: [],
  counts: { "2": 2, "3": 3, mbili: 2, tatu: 3 },
};
