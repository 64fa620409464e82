// German: „Achtung, Spoiler!", „Spoilerwarnung", „Spoiler Ende", „ab hier Spoiler". Compounds are
// single words: "spoilerfrei" is a non-marker, never "spoiler" plus "frei".
import type { Lexicon } from "./types";

const SPOILER = "(spoiler|spoilers|spoilern)";
const ENDE = "(das ende|den schluss|die auflosung|den twist|das finale|den plottwist|die wendung)";

export const de: Lexicon = {
  openers: [
    "(jetzt|nun|gleich|hier) verrate ich (das ende|den schluss|die auflosung|alles)", "(jetzt|nun|hier) (kommen|folgen) (die |)spoiler",
    `${SPOILER} (voraus|folgen|folgt|ab hier|im folgenden|unten|ab jetzt)`,
    `(ab hier|ab jetzt|ab diesem punkt|im folgenden|von hier an|nachfolgend) (gibt es |folgen |kommen |mit |)${SPOILER}`,
    "(jetzt|nun|ab hier) wird (es |)(gespoilert|gespoilt|spoilerig)", "(spoilerzone|spoilerbereich|spoilerteil) (beginnt|startet|voraus)",
    "(es|jetzt|nun) (folgen|kommen) (spoiler|spoilers|spoilern)", "(jetzt|nun|ab hier) wird s (gespoilert|gespoilt|spoilerig)",
    `(reden wir|sprechen wir) (uber|nun uber|jetzt uber|endlich uber) ${ENDE}`, "es wird (jetzt |ab hier |ab jetzt |nun |)(gespoilert|gespoilt)",
  ],
  warnings: [
    `(achtung|vorsicht|warnung) (vor |)${SPOILER}`, "(spoilerwarnung|spoileralarm|spoilergefahr|spoileralert|spoiler warnung|spoiler alarm|spoiler alert|spoiler gefahr)", "obacht (vor |)(spoiler|spoilers|spoilern)", "(spoiler|spoilers) (zum lesen markieren|markieren zum lesen)",
  ],
  closers: [
    "(genug|schluss mit dem|schluss mit) (gespoilert|spoilern|gespoilere|spoilerei)",
    `${SPOILER} (ende|vorbei|zu ende|beendet|aus)`, "ende (der|des) (spoiler|spoilers|spoilern|spoilerteils|spoilerbereichs|spoilerzone)", "(spoilerende|spoilerteil ende|ende spoiler)", "ende (des|vom) (spoiler alarms|spoileralarms|alarms|spoiler alarm|spoileralarm)", "(spoileralarm|spoiler alarm) (ende|vorbei|beendet|aus)",
    `(ende|schluss) mit (den |)${SPOILER}`, "(spoilerfrei|ohne spoiler) (weiter|geht es weiter|ab hier|ab jetzt)", "(zuruck|weiter) (zum|im) spoilerfreien (teil|bereich)", "(zuruck|weiter) (zur|zum|mit der|mit dem) spoilerfreien (kritik|rezension|besprechung|review|text)",
  ],
  closingLines: [],
  scoped: [
    ["(dieser|diesen|diesem) absatz", "this 1 p"],
    ["(zum lesen|zum anzeigen|zum aufdecken) (markieren|markiert|anmarkern)", "this 1 l"], ["(markieren|markiert) zum lesen", "this 1 l"],
    ["(der |den |im |)(nachste|naechste|nachsten|naechsten|folgende|folgenden) absatz", "next 1 p"],
    ["(die |)(nachsten|naechsten|folgenden) {n} (absatze|absaetze)", "next {n} p"],
    ["(in den |den |)(nachsten|naechsten|folgenden) {n} (absatzen|absaetzen)", "next {n} p"],
    ["(dieser|diesem|diesen) (abschnitt|teil)", "this s"],
    ["(der |den |im |)(nachste|naechste|nachsten|naechsten|folgende|folgenden) (abschnitt|teil)", "next s"],
  ],
  labels: [
    "spoiler", "spoilers", "spoilern", "spoilerzone", "spoilerbereich", "spoilerteil", "spoilerlastig", "spoilerig",
    // Who the part is for, on a line of its own or before a colon: „Für alle, die den Film schon gesehen haben:".
    "(nur |)fur (alle|diejenigen) die (den film|die serie|die folge|ihn|sie|es) (schon |bereits |)gesehen haben",
  ],
  tags: [`(mit|enthalt|enthaelt|enthalten|kann enthalten) ${SPOILER}`, "spoilerhaltig", "(spoilerkritik|spoilerreview|spoiler review|spoiler kritik|kritik mit spoilern|review mit spoilern)", "(filmkritik|serienkritik|filmrezension|rezension|besprechung|filmreview) mit spoilern"],
  titleTags: [],
  qualifiers: [
    "leichte", "leichten", "kleine", "kleinen", "kleinere", "kleineren", "grosse", "große", "grossen", "großen", "massive", "massiven",
    "starke", "starken", "heftige", "heftigen", "einige", "viele", "mogliche", "moegliche", "massig",
  ],
  lineWords: ["achtung", "vorsicht", "warnung", "hinweis", "dieser", "diese", "dieses", "text", "artikel", "beitrag", "kritik", "besprechung", "filmbesprechung", "rezension", "filmkritik", "review", "video", "folge", "zum gesamten film", "zum ganzen film", "zur ganzen serie", "zum film", "zur serie", "zum ende", "zur handlung", "mit", "es gibt", "und", "naturlich", "offensichtlich", "das ende", "hier", "auf eigene gefahr", "lesen auf eigene gefahr", "weiterlesen auf eigene gefahr", "zum lesen markieren", "markieren zum lesen"],
  topics: ["zu", "fur", "fuer", "uber", "ueber", "zum", "zur"],
  verbs: ["sind", "ist", "waren", "war", "haben", "hat", "ruinieren", "verderben", "konnen", "koennen"],
  directions: ["unterm schnitt", "unter dem schnitt", "nach dem schnitt", "ab hier", "ab jetzt", "im folgenden", "unten", "nachfolgend", "von hier an", "ab diesem punkt", "folgen", "folgt", "folgend", "lasst uns", "ich werde", "reden wir", "sprechen wir"],
  reveals: [
    `(verrat|verraet|verrate|verraten|enthullt|enthuellt|enthulle|bespreche|besprechen|diskutiere|diskutieren|thematisiere|geht es um|reden wir uber|sprechen wir uber|spreche ich uber|rede ich uber|analysiere|erklare) ${ENDE}`,
    "(verrate ich|bespreche ich|erklare ich|spoilere ich|verraten wir|besprechen wir) (das ende|den schluss|die auflosung|den twist|das finale|den plottwist|die wendung)",
    "was am (ende|schluss) (passiert|geschieht)", "(enthalt|enthaelt|enthalten|verrat|verraet|verraten) (details|einzelheiten|informationen) (zur handlung|der handlung|uber die handlung|zum ende|zum schluss|zur auflosung)", `(enthullen|enthuellen|erzahlen|erzaehlen|behandeln|schildern) ${ENDE}`,
  ],
  notSeen: ["(das ende nicht wissen will|das ende nicht wissen mochte|nicht wissen will wie es ausgeht|nicht wissen will wie er ausgeht|nicht wissen wollt wie es ausgeht)","(nicht auf dem laufenden|nicht auf dem aktuellen stand|noch nicht auf dem aktuellen stand|noch nicht durch)", "(die staffel|die serie|die folge) noch nicht (gesehen|geschaut|beendet)","(noch nicht gesehen|nicht gesehen|noch nicht geschaut|nicht geschaut|noch nicht kennt|nicht kennt|noch nicht im kino war)", "wer den film noch nicht", "(noch sehen mochte|noch sehen will|noch sehen mochtet|noch schauen mochte|noch vorhat)"],
  stops: [
    "(hier aufhoren|hier aufhoeren|sollte hier aufhoren|hort hier auf|hor hier auf|nicht weiterlesen|nicht weiter lesen|liest besser nicht weiter|lieber nicht weiterlesen|jetzt wegschauen|wegschauen|wegsehen|springt zum fazit|springe zum fazit|direkt zum fazit|zum fazit springen|aufhoren zu lesen|hier stoppen)", "(liest|lest|lies|lesen sie) ab hier (besser |lieber |)nicht weiter", "ab hier nicht weiterlesen",
  ],
  reasons: ["(um spoiler zu vermeiden|spoiler vermeiden|unvoreingenommen|ohne vorwissen)", "(gespoilert werden|gespoilt werden|spoilere ich|verrate ich)"],
  contentWarnings: ["inhaltswarnung", "cw", "tw", "inhaltshinweis"],
  endings: ["(staffelfinale|serienfinale|finale|das ende|letzte folge|auflosung)"],
  nonMarkers: [
    "(spoilerlevel|spoilergrad|spoiler level|spoiler grad|spoilergehalt)",
    "spoiler (meide|vermeide)",
    `(nie|niemals) ${SPOILER}`,
    "(spoilere|spoilern|spoilert) (nie|niemals)",
    "(spoilerwarnung|spoiler warnung|spoileralarm|spoiler) (nicht notig|nicht noetig|unnotig|unnoetig|nicht erforderlich|keine)",
    "(spoilerfrei|spoilerfreie|spoilerfreien|spoilerfreier|spoilerfreies|spoilerarm|spoilerarme|spoilerarmen)",
    `(ohne|keine|kein|frei von|null) ${SPOILER}`, "(ohne zu spoilern|nicht spoilern|will nicht spoilern|nicht zu viel verraten|ohne etwas zu verraten|ohne zu viel zu verraten|nichts verraten)",
  ],
  elsewhere: ["nachste woche", "naechste woche", "kommende woche", "im podcast", "in unserem podcast", "in der nachsten folge", "in einem eigenen artikel", "in einem separaten artikel"],
  boilerplate: ["erschien zuerst auf", "erschien zuerst bei", "zuerst erschienen auf"],
  counts: { "2": 2, "3": 3, "4": 4, "5": 5, zwei: 2, drei: 3, vier: 4, funf: 5, beiden: 2, beide: 2 },
};
