// Italian: «attenzione spoiler», «contiene spoiler», «fine spoiler», «senza spoiler».
import type { Lexicon } from "./types";

const SPOILER = "(spoiler|spoilers)";
const FINALE = "(del finale|il finale|della fine|la fine|del colpo di scena|il colpo di scena|dell epilogo|l epilogo|del twist|il twist)";

export const it: Lexicon = {
  openers: [
    `${SPOILER} (in arrivo|a seguire|qui sotto|di seguito|da qui in poi|piu avanti|in vista|sotto)`,
    `(da qui in poi|da qui in avanti|da questo punto|d ora in poi|di seguito) (ci sono |solo |)${SPOILER}`,
    "(dopo il salto|dopo il break)", `(zona|territorio) ${SPOILER}`, `(passiamo agli|veniamo agli|parliamo degli) ${SPOILER}`,
    "seguono (spoiler|spoilers)", "(ora parliamo|adesso parliamo|e ora parliamo|parliamo ora) (del finale|della fine|del colpo di scena)",
  ],
  warnings: [`(attenzione|allerta|avviso|avvertenza|occhio|attenti|allarme|pericolo) (agli |allo |a |ai |agli |)${SPOILER}`, `${SPOILER} (alert|allert|allerta)`],
  closers: [
    "(torniamo|ritorniamo) (a parlare |a scrivere |)senza spoiler",
    `fine (degli |dello |dei |)${SPOILER}`, `${SPOILER} (finiti|terminati|finito|terminato)`, `(finiti|terminati|basta) (gli |)${SPOILER}`,
    `fine (della |)zona ${SPOILER}`, "(torniamo|ritorniamo|ritorno) (alla parte |a |)senza spoiler", "(torniamo|ritorniamo|ritorno|si torna) (alla recensione|alla critica|al commento|al film) senza (spoiler|spoilers)",
    "fine della parte (con |)(spoiler|spoilers)", "fine (dell |)(allerta|allarme)", `fine (dell |)(allerta|allarme) ${SPOILER}`,
  ],
  closingLines: [],
  scoped: [
    ["questo paragrafo", "this 1 p"],
    ["(seleziona|selezionate|selezionare|evidenzia|evidenziate) (il testo |)per (leggere|vedere)", "this 1 l"],
    ["(il |nel |)(paragrafo successivo|prossimo paragrafo)", "next 1 p"],
    ["(i |nei |)(prossimi|successivi) {n} paragrafi", "next {n} p"], ["(i |nei |){n} paragrafi (successivi|seguenti)", "next {n} p"],
    ["questa (sezione|parte)", "this s"],
    ["(la |nella |)(prossima|successiva) (sezione|parte)", "next s"],
    ["(il |)(paragrafo seguente|seguente paragrafo)", "next 1 p"], ["(il |)paragrafo che segue", "next 1 p"], ["(i |){n} paragrafi che seguono", "next {n} p"],
  ],
  labels: [
    "spoiler", "spoilers",
    // Who the part is for, on a line of its own or before a colon: "Per chi l'ha già visto:".
    "(solo |)per chi l ha (gia |)visto", "(solo |)per chi (ha |)(gia |)visto il film",
  ],
  tags: [`(con|contiene|include|puo contenere|pieno di|piena di) ${SPOILER}`, `(recensione|analisi|commento|discussione|chiacchierata) (con |)${SPOILER}`],
  titleTags: [],
  qualifiers: ["leggeri", "leggero", "piccoli", "piccolo", "grossi", "grandi", "pesanti", "alcuni", "lievi", "importanti", "enormi", "possibili", "qualche", "massicci", "grosso"],
  lineWords: [
    "attenzione", "avviso", "allerta", "questo", "questa", "articolo", "recensione", "post", "testo", "con", "ci sono", "e", "ovviamente",
    "il finale", "qui", "di", "del", "occhio",
  ],
  topics: ["su", "per", "di", "riguardo", "sul", "sulla"],
  verbs: ["sono", "e", "erano", "rovinano", "rovina", "possono", "hanno"],
  directions: ["devo", "qui devo", "ora devo", "di seguito", "qui sotto", "a seguire", "da qui in poi", "da qui in avanti", "da questo punto", "piu avanti", "in arrivo", "parliamo", "vi racconto", "d ora in poi"],
  reveals: [`(parlo|parliamo|parlero|parla|parlare|svelo|svela|rivela|rivelo|racconto|racconta|analizzo|analizza|analizziamo|discuto|spiego|spieghiamo|svelano|rivelano|raccontano|parlano|spiegano|analizzano) ${FINALE}`, "(contiene|contengono|rivela|rivelano|svela|svelano) (dettagli|particolari|informazioni) (sulla trama|della trama|del finale|sul finale|dell epilogo)", "(cosa succede|che succede|cosa accade|quello che succede) alla fine"],
  notSeen: [
    "(non volete|non vuoi|non vuole|non volete ancora) sapere come (finisce|va a finire|termina)",
    "(non sei in pari|non siete in pari|non in pari|non siete ancora in pari|non sei ancora in pari)", "(non hai finito|non avete finito|non hai ancora finito|non avete ancora finito) (la serie|la stagione|l episodio)",
    "(non avete visto|non hai visto|non l avete visto|non l hai visto|non hanno visto|non l hanno visto|non avete ancora visto|non hai ancora visto|non l avete ancora visto|non l hai ancora visto)",
    "(chi non ha visto|chi non ha ancora visto|chi non l ha visto|chi non l ha ancora visto)",
  ],
  stops: [
    "(smettete di leggere|smetti di leggere|non leggete oltre|non leggere oltre|non proseguite|non proseguire|fermatevi qui|fermati qui|distogliete lo sguardo|saltate al|passate oltre|tornate dopo|interrompete la lettura|non andate avanti)",
    "(si fermi qui|si fermi|smetta di leggere|non prosegua)",
  ],
  reasons: ["(per evitare|evitare|se volete evitare) (gli |)(spoiler|spoilers)"],
  contentWarnings: ["avviso contenuto", "avviso di contenuto", "avvertenza contenuto", "cw", "tw"],
  endings: ["(finale di stagione|finale di serie|il finale|ultimo episodio|epilogo)"],
  nonMarkers: [
    "(livello|grado) di (spoiler)",
    "(evito|fuggo dagli) (gli |)spoiler",
    `(non faccio mai|mai) ${SPOILER}`,
    `(senza|nessuno|zero|niente|privo di|priva di|libera da|libero da|nessun|niente di) ${SPOILER}`,
    "(non voglio|non vi|non faro|non|senza) (spoilerare|rivelare|svelare|fare spoiler|anticipare|spoilerarvi|svelarvi|rivelarvi)",
    "(senza) (spoilerare|svelare|rivelare|anticipare) (nulla|niente|troppo)",
  ],
  elsewhere: ["la settimana prossima", "la prossima settimana", "settimana prossima", "nel podcast", "nel nostro podcast", "nella prossima puntata", "in un altro articolo"],
  boilerplate: ["e apparso per la prima volta su", "proviene da", "e stato pubblicato per la prima volta su"],
  counts: { "2": 2, "3": 3, "4": 4, "5": 5, due: 2, tre: 3, quattro: 4, cinque: 5 },
};
