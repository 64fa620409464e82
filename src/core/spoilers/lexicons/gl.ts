// Galician: the loanword spoiler(s) in Galician phrasing, beside what Spanish and Portuguese
// already read («alerta de spoilers», «con spoilers»): «De aquí en diante hai spoilers», «dende
// aquí, spoilers», «Ollo cos spoilers!», «Esta crítica contén spoilers», «Fin dos spoilers»,
// «Acabáronse os spoilers», «O parágrafo seguinte contén spoilers», «os dous parágrafos seguintes»,
// «Para quen xa a viu:», «Se aínda non a viches, deixa de ler», titles «(contén spoilers)»,
// «Preme para desvelar o final». «Sen spoilers», «non contén spoilers» and «non vou desvelar o final»
// mark nothing. Accents fold off ("parágrafo" = "paragrafo").
import type { Lexicon } from "./types";

const SP = "(spoilers|spoiler)";

export const gl: Lexicon = {
  openers: [
    `(dende aquí|de aquí en diante|máis abaixo) (hai |veñen |)${SP}`,
    `${SP} (dende aquí|máis abaixo)`,
  ],
  warnings: [`(ollo|coidado) (cos |co |)${SP}`],
  closers: [`fin (dos|de) ${SP}`, `(rematan|acabáronse) os ${SP}`],
  closingLines: [],
  scoped: [
    ["(este|neste) parágrafo", "this 1 p"],
    ["(o |)parágrafo (seguinte|que segue)", "next 1 p"],
    ["{n} parágrafos seguintes", "next {n} p"],
    ["(esta|nesta) sección", "this s"],
    ["sección seguinte", "next s"],
  ],
  labels: ["para (quen|os que) xa (a |o |)(viu|viron)"],
  tags: [`(contén|inclúe|leva) ${SP}`],
  titleTags: [],
  qualifiers: ["leves", "lixeiros"],
  lineWords: [],
  topics: [],
  verbs: [],
  directions: ["(dende aquí|máis abaixo)"],
  reveals: ["(desvelar|desvelo|revelar) (o final|o desenlace)"],
  notSeen: ["non (a |o |)(viches|vistes)"],
  stops: ["(deixa de ler|non sigas lendo|sáltao)"],
  reasons: [],
  contentWarnings: [],
  endings: [],
  nonMarkers: [`(sen|non hai|non contén) ${SP}`, "non (vou |)(desvelar|contar|revelar)"],
  boilerplate: [],
  counts: { dous: 2 },
};
