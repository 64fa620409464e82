// Answers that say a section holds no spoiler: "## Spoilers?" then "None. I checked twice." A
// heading naming spoilers marks nothing when the first sentence under it is one of these alone.
// Written as they are folded (lower case, no accents); every lexicon language that has one.
export const DENIALS: readonly string[] = [
  "none", "nope", "no", "nothing", "zero", "not here", "not this time", "none here", "none at all", "not needed", "unnecessary", // en
  "ninguno", "ninguna", "nada", "ni uno", // es
  "nenhum", "nenhuma", "nada", "zero", "nao", "nao ha", "nao tem", // pt
  "aucun", "aucune", "rien", "aucun spoiler", // fr
  "keine", "keiner", "nichts", "nein", "nicht notig", "nicht noetig", "unnotig", // de
  "nessuno", "niente", "nulla", // it
  "없습니다", "없어요", "없음", "없다", // ko
  "なし", "ありません", "ないです", "ない", // ja
  "没有", "無", "无", "沒有", // zh
  "нет", "никаких", "ничего", // ru
  "geen", "niets", "nee", // nl
  "brak", "zadnych", "nic", // pl
  "yok", "hic yok", // tr
  "inga", "inget", "nej", // sv
  "tidak ada", "tidak", "nggak ada", // id
  "khong co", "khong", // vi
  "ingen", "intet", // da, no
  "не", "няма", "нема", "nema", "ne", "nie", "ziadne", "nic", "nera", "ei", "puuduvad", "pole", // bg, sr, hr, sk, sl, lt, et
  "tiada", "takde", "wala", "wala po", "না", "নেই", "نہیں", "کوئی نہیں", "non", "ningun", "ningunha", "nada", // ms, tl, bn, ur, gl
];
