// Indonesian: "Peringatan spoiler!", "Awas spoiler", "Ada spoiler!", "Artikel ini mengandung
// spoiler", "Spoiler di bawah ini", "Spoiler berakhir", "ulasan dengan spoiler", and the native
// "bocoran cerita". "Tanpa spoiler", "bebas spoiler" and "aku nggak akan spoiler" mark nothing; a
// car's "spoiler belakang" neither. The loanword "spoiler" is English's: phrases anchor on their own words.
import type { Lexicon } from "./types";

const BOCORAN = "(bocoran cerita|bocoran ending|bocoran alur)";
const ENDING = "(ending|endingnya|akhir cerita|akhir film|twist|twistnya|akhir kisah)";

export const id: Lexicon = {
  openers: [
    "(spoiler|spoilernya) (di bawah|di bawah ini|berikut ini|mulai dari sini|dimulai dari sini|ke bawah)",
    `(di bawah ini|mulai dari sini|dari sini|setelah ini|berikut ini|ke bawah) (ada |akan ada |mengandung |berisi |penuh |)(spoiler|${BOCORAN.slice(1, -1)})`,
    "(artikel|tulisan|ulasan|review|resensi|postingan) ini (mengandung|berisi|memuat|ada|akan berisi) (spoiler|bocoran cerita)",
    `(saatnya|mari|ayo|sekarang kita) (bahas|membahas|ngomongin|membicarakan) ${ENDING}`,
  ],
  warnings: [
    `(peringatan|awas|perhatian|hati hati) (ada |)(spoiler|${BOCORAN.slice(1, -1)})`,
    "(ada|mengandung|berisi) spoiler",
  ],
  closers: [
    "(spoiler|spoilernya) (berakhir|selesai|habis|sampai di sini|sudah selesai|sudah habis)", "(akhir|batas) (dari |)spoiler",
    "(kembali ke|lanjut ke) (bagian |ulasan |review |)(tanpa spoiler|bebas spoiler)", "(mulai dari sini|dari sini) (tanpa spoiler|bebas spoiler)",
  ],
  closingLines: [],
  scoped: [
    ["paragraf ini", "this 1 p"],
    ["(blok|sorot) (teks |)untuk (membaca|melihat)", "this 1 l"],
    ["paragraf (berikutnya|selanjutnya|berikut)", "next 1 p"],
    ["{n} paragraf (berikutnya|selanjutnya|berikut)", "next {n} p"],
    ["bagian ini", "this s"],
    ["bagian (berikutnya|selanjutnya|berikut)", "next s"],
  ],
  labels: ["spoilernya", "bocoran cerita", "bocoran ending", "bocoran alur"],
  tags: [
    "(ada|mengandung|berisi|dengan|penuh|memuat|banyak) spoiler", "(ulasan|review|resensi) (dengan|ada|mengandung|penuh) spoiler", `(mengandung|berisi|ada) ${BOCORAN}`,
  ],
  titleTags: [],
  qualifiers: ["ringan", "berat", "besar", "kecil", "sedikit"],
  lineWords: ["peringatan", "awas", "perhatian", "ulasan", "resensi", "artikel", "tulisan", "tentu saja", "di bawah", "akhir cerita", "baca dengan risiko sendiri", "risiko ditanggung sendiri"],
  topics: ["untuk", "tentang", "soal"],
  verbs: ["adalah", "merusak", "bisa", "akan"],
  directions: ["di bawah", "di bawah ini", "berikut ini", "mulai dari sini", "dari sini", "setelah ini", "saya akan", "aku akan", "kita akan", "mari", "ayo"],
  reveals: [
    `(membahas|bahas|membocorkan|mengungkap|menceritakan|menjelaskan|ngomongin|membicarakan) ${ENDING}`,
    "apa yang terjadi (di akhir|di ending|di akhir film)",
  ],
  notSeen: ["(belum nonton|belum menonton|belum lihat|belum melihat|belum sempat nonton|belum sempat menonton|belum nonton filmnya|belum menonton filmnya)"],
  stops: ["(berhenti membaca|berhenti baca|jangan baca|jangan dibaca|jangan lanjut membaca|jangan lanjut baca|lewati saja|lewati|skip saja|skip aja|langsung ke kesimpulan|lompat ke kesimpulan)"],
  reasons: ["(agar tidak kena spoiler|biar nggak kena spoiler|biar gak kena spoiler|supaya tidak terkena spoiler|menghindari spoiler|hindari spoiler)"],
  contentWarnings: ["peringatan konten"],
  endings: ["(ending|akhir cerita|final musim|episode terakhir|akhir film)"],
  nonMarkers: [
    "(tanpa|bebas|tidak ada|nggak ada|gak ada|tak ada|minim|nol|anti) spoiler", "(bukan|ini bukan|sama sekali bukan) (spoiler|bocoran)",
    "(tidak akan|nggak akan|gak akan|tak akan|tidak mau|nggak mau|gak mau|tidak|nggak|gak|enggak) (spoiler|spoil|membocorkan|kasih spoiler|memberi spoiler|memberikan spoiler)",
    "(tidak|tanpa|nggak|gak) (mengandung|berisi|ada) (spoiler|bocoran)", "tanpa membocorkan",
    "spoiler (belakang|mobil|depan)", "(takut|benci|tukang) spoiler",
  ],
  boilerplate: ["pertama kali muncul di", "pertama kali terbit di"],
  counts: { "2": 2, "3": 3, "4": 4, dua: 2, tiga: 3, empat: 4, lima: 5 },
};
