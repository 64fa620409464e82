// Danish: "Spoileradvarsel!", "Advarsel: spoilere", "Spoilere forude", "Herfra: spoilere", "Nu
// kommer der spoilere", "Slut på spoilere", "Anmeldelsen indeholder spoilere". Compounds are single
// words: "spoilerfri" is a non-marker, as are "uden spoilere" and "jeg vil ikke spoile".
import type { Lexicon } from "./types";

const SPOILERE = "(spoilere|spoilers)";
const SLUTNINGEN = "(slutningen|afslutningen|twistet|finalen|plottwistet)";

export const da: Lexicon = {
  openers: [
    `${SPOILERE} (forude|følger|herfra|nedenfor|længere nede|fra nu af|efter billedet)`,
    `(herfra|nedenfor|fra nu af|herefter|længere nede) (kommer der |følger der |er der |følger |kommer |)${SPOILERE}`,
    `nu kommer (der |)${SPOILERE}`,
    `(anmeldelsen|teksten|artiklen|denne anmeldelse|denne tekst|denne artikel|indlægget) (indeholder|kan indeholde) (spoilere|spoilers|spoiler)`,
    `(lad os|nu skal vi) (tale om|snakke om|diskutere) ${SLUTNINGEN}`,
  ],
  warnings: [`(advarsel|pas på|obs) (mod |om |for |)${SPOILERE}`, "(spoileradvarsel|spoileralarm|spoiler advarsel)"],
  closers: [
    `slut (på |med |)(spoilere|spoilers|spoileradvarslen)`, "(spoilere|spoileradvarsel|spoilerdelen) (slut|overstået|færdig)", "ikke flere spoilere",
    "(tilbage til|videre til) (den |det |)(spoilerfri|spoilerfrie) (del|delen|tekst|anmeldelse)", "(herfra|fra nu af) (er det |)(spoilerfrit|uden spoilere)",
  ],
  closingLines: [],
  scoped: [
    ["(dette|det her) (afsnit|tekststykke)", "this 1 p"],
    ["(marker|markér) (teksten |)for at (læse|se)", "this 1 l"],
    ["(næste|følgende) (afsnit|tekststykke)", "next 1 p"],
    ["(de |)(næste|følgende) {n} afsnit", "next {n} p"],
    ["(denne|dette) (sektion|del|kapitel)", "this s"],
    ["(næste|følgende) (sektion|del|kapitel)", "next s"],
  ],
  labels: ["spoilere", "spoileren", "spoilerdel", "spoilerdelen", "spoilerafsnit"],
  tags: [`(indeholder|med|kan indeholde|fuld af) ${SPOILERE}`, `(anmeldelse|analyse|gennemgang|filmanmeldelse) med ${SPOILERE}`, "spoileranmeldelse"],
  titleTags: [],
  qualifiers: ["store", "lette", "milde", "tunge", "mindre", "massive", "enkelte", "mulige", "sma"],
  lineWords: ["advarsel", "obs", "denne", "anmeldelse", "anmeldelsen", "selvfølgelig", "naturligvis", "slutningen", "nedenfor", "læs på eget ansvar", "på eget ansvar"],
  topics: ["til", "om"],
  verbs: ["ødelægger", "ødelagde", "bliver"],
  directions: ["nedenfor", "herfra", "fra nu af", "herefter", "længere nede", "i det følgende", "lad os", "nu skal jeg"],
  reveals: [
    `(diskuterer|afslører|gennemgår|beskriver|analyserer|forklarer|fortæller om|taler om) ${SLUTNINGEN}`,
    "hvad der (sker|skete) (i slutningen|til sidst|i finalen)",
  ],
  notSeen: ["(ikke har set|ikke set|endnu ikke set|ikke nået at se|ikke har nået at se)"],
  stops: ["(stop med at læse|læs ikke videre|læs ikke mere|spring over|spring dette over|kig væk|stop her|scroll forbi)"],
  reasons: ["(for at undgå spoilere|undgå spoilere|gå uvidende ind)"],
  contentWarnings: ["indholdsadvarsel"],
  endings: ["(sæsonfinale|sæsonfinalen|finalen|slutningen|sidste afsnit)"],
  nonMarkers: [
    "(spoilerfri|spoilerfrit|spoilerfrie)", `(uden|ingen|fri for|nul) ${SPOILERE}`,
    "(vil ikke spoile|skal ikke spoile|uden at spoile|ikke spoile|uden at afsløre|afslører intet|afslører ikke noget|vil ikke afsløre|skal ikke afsløre)",
    `indeholder (ingen|ikke|ikke nogen) ${SPOILERE}`, "(bagspoiler|frontspoiler|bilens spoiler)", `(bange for|frygter) ${SPOILERE}`,
  ],
  boilerplate: ["blev først udgivet på", "dukkede først op på"],
  counts: { "2": 2, "3": 3, "4": 4, "5": 5, to: 2, tre: 3, fire: 4, fem: 5 },
};
