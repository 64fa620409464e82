// Norwegian (Bokmål): "Spoilervarsel!", "Advarsel: spoilere", "Spoilere følger", "Herfra og ut:
// spoilere", "Nå kommer det spoilere", "Slutt på spoilere", "Anmeldelsen inneholder spoilere".
// Compounds are single words: "spoilerfri" is a non-marker, as are "uten spoilere" and "jeg skal
// ikke røpe noe".
import type { Lexicon } from "./types";

const SPOILERE = "(spoilere|spoilers)";
const SLUTTEN = "(slutten|avslutningen|twisten|finalen|vendingen)";

export const no: Lexicon = {
  openers: [
    `${SPOILERE} (følger|nedenfor|herfra|fra nå av|lenger ned|etter bildet|venter)`,
    `(herfra|nedenfor|fra nå av|heretter|lenger ned|herfra og ut) (kommer det |følger det |er det |følger |kommer |)${SPOILERE}`,
    `nå kommer (det |)${SPOILERE}`,
    `(anmeldelsen|teksten|artikkelen|denne anmeldelsen|denne teksten|denne artikkelen|innlegget) (inneholder|kan inneholde) (spoilere|spoilers|spoiler)`,
    `(la oss|nå skal vi) (snakke om|diskutere) ${SLUTTEN}`,
  ],
  warnings: [`(advarsel|pass på|obs) (mot |om |for |)${SPOILERE}`, "(spoilervarsel|spoileradvarsel|spoileralarm|spoiler varsel)"],
  closers: [
    `slutt (på |med |)(spoilere|spoilers|spoilervarselet)`, "(spoilere|spoilervarsel|spoilerdelen) (slutt|over|ferdig)", "ikke flere spoilere",
    "(tilbake til|videre til) (den |det |)spoilerfrie (delen|teksten|anmeldelsen)", "(herfra|fra nå av) (er det |)(spoilerfritt|uten spoilere)",
  ],
  closingLines: [],
  scoped: [
    ["(dette|det her) (avsnittet|avsnitt)", "this 1 p"],
    ["(marker|merk) (teksten |)for å (lese|se)", "this 1 l"],
    ["(neste|følgende) (avsnitt|avsnittet)", "next 1 p"],
    ["(de |)(neste|følgende) {n} (avsnittene|avsnitt)", "next {n} p"],
    ["(denne|dette) (delen|seksjonen|kapittelet)", "this s"],
    ["(neste|følgende) (del|seksjon|kapittel)", "next s"],
  ],
  labels: ["spoilere", "spoileren", "spoilerdel", "spoilerdelen", "spoilersone"],
  tags: [`(inneholder|med|kan inneholde) ${SPOILERE}`, `(anmeldelse|analyse|gjennomgang|filmanmeldelse) med ${SPOILERE}`, "spoileranmeldelse"],
  titleTags: [],
  qualifiers: ["store", "lette", "milde", "tunge", "mindre", "massive", "enkelte", "mulige", "sma"],
  lineWords: ["advarsel", "obs", "denne", "anmeldelse", "anmeldelsen", "selvfølgelig", "naturligvis", "slutten", "nedenfor", "les på eget ansvar", "på eget ansvar"],
  topics: ["til", "om"],
  verbs: ["ødelegger", "ødela", "blir"],
  directions: ["nedenfor", "herfra", "fra nå av", "heretter", "lenger ned", "herfra og ut", "i det følgende", "la oss", "nå skal jeg"],
  reveals: [
    `(diskuterer|avslører|røper|går gjennom|beskriver|analyserer|forklarer|snakker om|forteller om) ${SLUTTEN}`,
    "hva som (skjer|skjedde) (på slutten|til slutt|i finalen)",
    "(inneholder|avslører|røper) (opplysninger|detaljer) om (handlingen|slutten)",
  ],
  notSeen: ["(ikke har sett|ikke sett|ennå ikke sett|ikke rukket å se|ikke har rukket å se)"],
  stops: ["(slutt å lese|slutte å lese|slutte å lese her|ikke les videre|les ikke videre|ikke les mer|hopp over|hopp over dette|se bort|stopp her|scroll forbi)"],
  reasons: ["(for å unngå spoilere|unngå spoilere|gå blankt inn)"],
  contentWarnings: ["innholdsadvarsel"],
  endings: ["(sesongfinale|sesongfinalen|finalen|slutten|siste episode)"],
  nonMarkers: [
    "(spoilerfri|spoilerfritt|spoilerfrie)", `(uten|ingen|fri for|null) ${SPOILERE}`,
    "(skal ikke spoile|vil ikke spoile|uten å spoile|ikke spoile|uten å røpe|røper ingenting|røper ikke noe|skal ikke røpe|vil ikke røpe|uten å avsløre|avslører ingenting)",
    `inneholder (ingen|ikke|ikke noen) ${SPOILERE}`, "(bakspoiler|frontspoiler|bilens spoiler)", `(redd for|frykter) ${SPOILERE}`,
  ],
  boilerplate: ["ble først publisert på", "dukket først opp på"],
  counts: { "2": 2, "3": 3, "4": 4, "5": 5, to: 2, tre: 3, fire: 4, fem: 5 },
};
