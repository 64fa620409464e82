// Serbian, in Cyrillic and Latin script alike: „Упозорење: спојлери!", „Pažnja, spojleri", „Следе
// спојлери", „Spojleri u nastavku" (a label beside a direction), „Tekst sadrži spojlere", „Крај
// спојлера", „Dalje bez spojlera", „рецензија са спојлерима", „Sledeći pasus sadrži spojlere".
// „Без спојлера", „neću da otkrivam kraj" and a car's „задњи спојлер" mark nothing. A group never
// mixes the two scripts.
import type { Lexicon } from "./types";

export const sr: Lexicon = {
  openers: ["(tekst|recenzija) sadrži spojlere", "(текст|рецензија) садржи спојлере"],
  warnings: ["(upozorenje|pažnja) spojleri", "(упозорење|пажња) спојлери"],
  closers: ["kraj spojlera", "крај спојлера", "dalje bez spojlera", "даље без спојлера"],
  closingLines: [],
  scoped: [
    ["ovaj pasus", "this 1 p"], ["овај пасус", "this 1 p"],
    ["(sledeći|naredni) pasus", "next 1 p"], ["(следећи|наредни) пасус", "next 1 p"],
    ["sledeća {n} pasusa", "next {n} p"], ["следећа {n} пасуса", "next {n} p"],
    ["ovaj deo", "this s"], ["овај део", "this s"],
  ],
  labels: ["(spojleri|spojlera|spojlere|spojlerima)", "(спојлер|спојлери|спојлера|спојлере|спојлерима)"],
  tags: ["(recenzija |)sa spojlerima", "(рецензија |)са спојлерима", "sadrži spojlere", "садржи спојлере"],
  titleTags: [],
  qualifiers: ["veliki", "manji", "велики"],
  lineWords: [],
  topics: [],
  verbs: [],
  directions: ["slede", "u nastavku", "следе", "у наставку"],
  reveals: ["(otkrivam|otkriva|opisujem) (kraj|rasplet)", "(откривам|открива|описујем) (крај|расплет)"],
  notSeen: ["(niste|nisi) gledali", "(нисте|ниси) гледали"],
  stops: ["(ne čitajte|preskočite)", "(не читајте|прескочите)"],
  reasons: [],
  contentWarnings: [],
  endings: [],
  nonMarkers: ["(bez|nema) spojlera", "(без|нема) спојлера", "(neću da|a da ne) (otkrivam|spojlujem)", "(нећу да|а да не) (откривам|спојлујем)", "zadnji spojler", "задњи спојлер", "izbegavam spojlere", "избегавам спојлере"],
  boilerplate: [],
  counts: { dva: 2, два: 2 },
};
