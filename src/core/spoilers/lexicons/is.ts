// Icelandic: the press writes "spennuspillir" (Vísir's "VARÚÐ! Hér að neðan eru spennuspillar",
// "Spennuspillir, eins og alltaf") and "höskuldarviðvörun" (Morgunblaðið: "Höskuldarviðvaranir (e.
// spoiler alerts)"); blogs and kvikmyndir.is bend the loan: "spoilerar", "spoiler-viðvörun".
// "Spennuspillir!" alone, "Varúð: spennuspillar", "Hér að neðan eru spennuspillar" (a label with a
// direction), "Næsta efnisgrein inniheldur spoilera", "Spennuspillum lokið", "Óhætt að lesa
// áfram", "Gagnrýni (inniheldur spennuspilla)", "Ef þú hefur ekki séð myndina, ekki lesa lengra".
// "Án spoilera", "engir spennuspillar", "spoiler-laus" and "ætla ekki að spilla" mark nothing;
// nor does bare "Höskuldur", a name.
import type { Lexicon } from "./types";

const LABEL = "(spennuspillar|spennuspilla|spoilerar|spoilera|spoilers)";

export const is: Lexicon = {
  openers: [],
  warnings: ["(höskuldarviðvörun|spoilerviðvörun|spoiler viðvörun|spennuspillisviðvörun)"],
  closers: [
    "(spennuspillum|spennuspilli|spoilerum|höskuldarviðvörun) lokið", "lok (spennuspilla|spoilera|höskuldarviðvörunar)",
    "(óhætt|öruggt) að (lesa áfram|halda áfram)",
  ],
  closingLines: [],
  scoped: [
    ["(þessi|þessari) (efnisgrein|málsgrein)", "this 1 p"],
    ["(næsta|næstu) (efnisgrein|málsgrein)", "next 1 p"],
    ["næstu {n} (efnisgreinar|málsgreinar)", "next {n} p"],
    ["(þessi|þessum) (kafli|kafla)", "this s"],
    ["(næsti|næsta) (kafli|kafla)", "next s"],
  ],
  labels: ["(spennuspillir|spennuspillar|spennuspilla|spennuspillum|spoilerar|spoilera|spoilerum)"],
  tags: ["inniheldur (spennuspilla|spoilera)", "með (spennuspillum|spoilerum)"],
  titleTags: [],
  qualifiers: ["stórir", "miklir"],
  lineWords: ["varúð", "viðvörun", "athugið", "ath", "eins og alltaf", "og allt það"],
  topics: ["um", "varðandi"],
  verbs: [],
  directions: ["hér að neðan", "fyrir neðan", "héðan í frá", "framundan", "fylgja", "hér á eftir"],
  reveals: ["(farið yfir|fjallað um|rætt um|ræði) (endinn|endalokin|fléttuna|hvað gerist|hvað gerðist|hvernig myndin endar)"],
  notSeen: ["(hefur|hafið|hafa) ekki séð", "(átt|eigið|eiga) eftir að (sjá|horfa)", "ekki (búinn|búin) að (sjá|horfa)"],
  stops: ["(ekki lesa|lesa lengra|hættu að lesa|hætta lestri|slepptu|sleppið|skipta um síðu|fara ekki neðar)"],
  reasons: [],
  contentWarnings: [],
  endings: [],
  nonMarkers: [
    `(án|engir|enga|laus við) ${LABEL}`, "(spoilerlaus|spoilerlaust|spoiler laus|spoiler laust)",
    "(ætla ekki að|vil ekki|án þess að) (spilla|skemma)",
  ],
  boilerplate: [],
  counts: { "2": 2, "3": 3, tvær: 2, þrjár: 3 },
};
