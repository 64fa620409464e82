// Catalan: „Alerta d'spoiler!", „Alerta d'espòiler" (TERMCAT's form), „Atenció: spoilers!", „Compte,
// espòilers", „a partir d'aquí, spoilers", „aquesta crítica conté spoilers", „Fi dels spoilers",
// „(amb spoilers)". „Sense spoilers", „no faré cap spoiler" and a car's „aleró" mark nothing.
// "spoiler" alone is English's: phrases anchor on the Catalan words beside it.
import type { Lexicon } from "./types";

const SP = "(spoilers|spoiler|espòilers|espòiler|espoilers|espoiler)";

export const ca: Lexicon = {
  openers: [
    `(a partir d'aquí|a partir d'ara|d'aquí endavant|a continuació|més avall|tot seguit) (hi ha |venen |vénen |comencen |)${SP}`,
    `${SP} (a continuació|més avall|a partir d'aquí|d'aquí endavant)`, `(venen|vénen|comencen|arriben) ${SP}`,
    `(aquesta crítica|aquest article|aquest text|aquesta ressenya|la crítica|l'article|el text|la ressenya) (conté|pot contenir|inclou) ${SP}`,
    "(parlem|parlem ara|ara parlem) (del final|de la fi|del desenllaç|del gir final)",
  ],
  warnings: [`(alerta d'|alerta de |atenció|compte|avís|alerta) ${SP}`],
  closers: [
    `(fi|final) (dels|de l'|de l |del) ${SP}`, `(s'han acabat|s'ha acabat|s han acabat|s ha acabat|prou) (els |l'|l |)${SP}`, `${SP} (acabats|enllestits|fins aquí)`,
    `(tornem a|de nou a) (la part |la crítica |)sense ${SP}`, `(a partir d'aquí|d'aquí endavant|a partir d'ara) sense ${SP}`,
  ],
  closingLines: [],
  scoped: [
    ["(aquest paràgraf|en aquest paràgraf)", "this 1 p"],
    ["(el paràgraf següent|el següent paràgraf|el pròxim paràgraf|el proper paràgraf|al paràgraf següent)", "next 1 p"],
    ["(els|als) {n} (paràgrafs següents|pròxims paràgrafs|propers paràgrafs)", "next {n} p"],
    ["(aquesta secció|aquest apartat|en aquesta secció)", "this s"],
    ["(la secció següent|la següent secció|l'apartat següent|el següent apartat)", "next s"],
  ],
  labels: ["espòiler", "espòilers", "espoilers"],
  tags: [`(amb|conté|ple de|plena de) ${SP}`, `(crítica|ressenya|anàlisi) (amb|plena de) ${SP}`],
  titleTags: [],
  qualifiers: ["lleus", "petits", "grossos", "importants"],
  lineWords: ["atenció", "compte", "avís", "crítica", "ressenya", "òbviament", "evidentment", "és clar", "sota la vostra responsabilitat", "més avall"],
  topics: ["sobre"],
  verbs: ["són", "és", "eren", "arruïnen", "espatllen", "poden"],
  directions: ["a partir d'aquí", "a partir d'ara", "d'aquí endavant", "a continuació", "més avall", "tot seguit", "parlem"],
  reveals: [
    "(revelo|revela|desvelo|desvela|explico|explica|comento|comenta|analitzo|analitza|parlo de|parla de) (el final|la fi|el desenllaç|el gir final|com acaba)",
    "(què passa|que passa) al final",
  ],
  notSeen: ["(no heu vist|no has vist|encara no heu vist|encara no has vist|no ha vist|no l'heu vista|no l'has vista|no heu mirat|no has mirat)"],
  stops: ["(deixeu de llegir|deixa de llegir|no continueu llegint|no continuïs llegint|no llegiu més|no llegeixis més|atureu-vos aquí|atura't aquí|salteu-vos|salta't|passeu al següent)"],
  reasons: ["(per evitar spoilers|per evitar espòilers|si no voleu spoilers|si no vols spoilers)"],
  contentWarnings: ["avís de contingut"],
  endings: ["(final de temporada|l'últim episodi|el darrer episodi|el desenllaç)"],
  nonMarkers: [
    `(sense|cap|zero|lliure de|lliure d') ${SP}`, `(no faré|no us faré|no et faré|no vull fer|no farem) (cap |)${SP}`,
    "(no revelaré|no desvelaré|no explicaré|no us explicaré|no diré res|no us diré|sense revelar|sense desvelar)",
    "(no conté|no té|no hi ha) (cap |)(spoilers|spoiler|espòilers|espòiler)", "(alerons|alerons del cotxe|alerò|alerò del cotxe)",
  ],
  boilerplate: ["va aparèixer primer a", "es va publicar originalment a"],
  counts: { "2": 2, "3": 3, "4": 4, dos: 2, tres: 3, quatre: 4 },
};
