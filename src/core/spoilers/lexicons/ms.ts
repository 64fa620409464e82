// Malay, beside Indonesian (id.ts), which already reads "spoiler di bawah", "awas spoiler",
// "tanpa spoiler", "belum menonton": only what Malay adds. "Amaran spoiler!", "Entri ini
// mengandungi spoiler" (line words beside a tag), "Lepas ni ada spoiler" (a label with a
// direction), "Spoiler tamat", "Tamat spoiler", "Ulasan X (mengandungi spoiler)", "[SPOILER
// PENUH]", "perenggan seterusnya", "Untuk yang dah tonton" as a label, "kalau belum tengok, jangan
// skrol". "Tiada spoiler", "takde spoiler" and "aku takkan spoil" mark nothing.
import type { Lexicon } from "./types";

export const ms: Lexicon = {
  openers: [],
  warnings: ["amaran spoiler"],
  closers: ["(spoiler tamat|tamat spoiler)"],
  closingLines: [],
  scoped: [
    ["perenggan ini", "this 1 p"],
    ["perenggan seterusnya", "next 1 p"],
    ["{n} perenggan seterusnya", "next {n} p"],
    ["bahagian ini", "this s"],
    ["bahagian seterusnya", "next s"],
  ],
  labels: ["untuk yang (dah|sudah) (tengok|tonton)"],
  tags: ["(mengandungi spoiler|spoiler penuh)"],
  titleTags: [],
  qualifiers: ["sikit"],
  lineWords: ["amaran", "entri ini", "ulasan ini"],
  topics: [],
  verbs: [],
  directions: ["lepas ni", "jom"],
  reveals: ["(bincang|dedahkan) (pengakhiran|ending)"],
  notSeen: ["belum (tengok|tonton)"],
  stops: ["(jangan skrol|langkau)"],
  reasons: [],
  contentWarnings: [],
  endings: [],
  nonMarkers: ["(tiada|takde) spoiler", "(takkan|tak nak) spoil"],
  boilerplate: [],
  counts: { dua: 2 },
};
