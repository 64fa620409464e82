// Finnish: the native „juonipaljastus" ("plot reveal") beside the loanword: „Juonipaljastuksia!",
// „Varoitus: juonipaljastuksia", „Spoilerivaroitus!", „seuraavassa juonipaljastuksia", „teksti
// sisältää juonipaljastuksia", „juonipaljastukset päättyvät". „Spoileriton", „ilman juonipaljastuksia",
// „en paljasta" and a car's „takaspoileri" mark nothing. Cases are separate words („spoilereita",
// „spoilerit"): the phrases list them, anchored on the Finnish forms, never on English "spoiler".
import type { Lexicon } from "./types";

const JP = "(juonipaljastuksia|juonipaljastus|juonipaljastuksen|juonipaljastukset|spoilereita|spoilereja|spoilerit|spoileri)";

export const fi: Lexicon = {
  openers: [
    `(seuraavassa|alla|tästä eteenpäin|tasta eteenpain|tästä alkaen|tasta alkaen|jatkossa|tekstin loppuosassa) (on |tulee |seuraa |paljon |)${JP}`,
    `(juonipaljastuksia|spoilereita) (tiedossa|luvassa|seuraa|alla|tästä eteenpäin|tasta eteenpain)`,
    `(teksti|arvio|arvostelu|kirjoitus|artikkeli|tämä teksti|tama teksti|tämä arvio|tama arvio|tämä arvostelu|tama arvostelu) (sisältää|sisaltaa|voi sisältää|voi sisaltaa|paljastaa) (juonipaljastuksia|spoilereita|juonen)`,
    "(puhutaan|puhutaanpa|nyt puhutaan) (loppuratkaisusta|lopusta|elokuvan lopusta|juonenkäänteestä|juonenkaanteesta)",
  ],
  warnings: [
    "(varoitus|huomio|varo|varokaa) (juonipaljastuksia|juonipaljastus|juonipaljastuksista|spoilereita|spoilereista|spoiler|spoilers)",
    "(spoilerivaroitus|juonipaljastusvaroitus|spoilerihälytys|spoilerihalytys)", "(juonipaljastuksia|juonipaljastus) (varoitus|alla)",
  ],
  closers: [
    "(juonipaljastukset|spoilerit) (päättyvät|paattyvat|päättyy|paattyy|loppuvat|loppuu|ohi|päättyivät|paattyivat|loppuivat)", "(juonipaljastusten|spoilereiden|spoilerien) (loppu|jälkeen|jalkeen)",
    "(juonipaljastusosio|spoileriosio) (päättyy|paattyy|loppuu|ohi)", "(takaisin|palataan) (spoilerittomaan|juonipaljastuksettomaan) (osaan|arvioon|tekstiin)",
  ],
  closingLines: [],
  scoped: [
    ["(tämä kappale|tama kappale|tässä kappaleessa|tassa kappaleessa|tämän kappaleen|taman kappaleen)", "this 1 p"],
    ["(seuraava kappale|seuraavassa kappaleessa|seuraavan kappaleen)", "next 1 p"],
    ["(seuraavat|seuraavassa|seuraavien) {n} (kappaletta|kappaleessa|kappaleen)", "next {n} p"],
    ["(tämä osio|tama osio|tässä osiossa|tassa osiossa)", "this s"],
    ["(seuraava osio|seuraavassa osiossa|seuraavan osion)", "next s"],
  ],
  labels: ["juonipaljastuksia", "juonipaljastus", "juonipaljastukset", "spoilereita", "juonipaljastusosio", "spoileriosio"],
  tags: [`(sisältää|sisaltaa|sisältää paljon|sisaltaa paljon|täynnä|taynna) ${JP}`, "(juonipaljastuksia sisältävä|spoilereita sisältävä|juonipaljastuksellinen) (arvio|arvostelu|analyysi)", "(arvio|arvostelu|analyysi) (juonipaljastuksilla|spoilereilla)"],
  titleTags: [],
  qualifiers: ["pieniä", "pienia", "lieviä", "lievia", "isoja", "merkittäviä", "merkittavia"],
  lineWords: ["varoitus", "huomio", "arvio", "arvostelu", "tietenkin", "tietysti", "luonnollisesti", "alla", "omalla vastuulla", "lue omalla vastuulla"],
  topics: ["koskien"],
  verbs: ["ovat", "on", "olivat", "pilaavat", "pilaa", "voivat"],
  directions: ["seuraavassa", "alla", "tästä eteenpäin", "tasta eteenpain", "tästä alkaen", "tasta alkaen", "jatkossa", "puhutaan", "puhutaanpa"],
  reveals: [
    "(paljastan|paljastaa|paljastetaan|käsittelen|kasittelen|käsittelee|kasittelee|kerron|kertoo|puran|avaan|analysoin) (loppuratkaisun|lopun|elokuvan lopun|juonenkäänteen|juonenkaanteen|loppuhuipennuksen|juonen)",
    "(mitä|mita) (lopussa|elokuvan lopussa|finaalissa) (tapahtuu|tapahtui)",
  ],
  notSeen: ["(et ole nähnyt|et ole nahnyt|ette ole nähneet|ette ole nahneet|et ole vielä nähnyt|et ole viela nahnyt|ette ole vielä nähneet|ette ole viela nahneet|ei ole nähnyt|ei ole nahnyt|et ole katsonut|ette ole katsoneet|et ole vielä katsonut|et ole viela katsonut)"],
  stops: ["(lopeta lukeminen|lopettakaa lukeminen|älä lue pidemmälle|ala lue pidemmalle|älkää lukeko pidemmälle|alkaa lukeko pidemmalle|älä lue eteenpäin|ala lue eteenpain|älä jatka lukemista|ala jatka lukemista|hyppää yli|hyppaa yli|hyppää seuraavan|hyppaa seuraavan|ohita|ohittakaa|siirry suoraan)"],
  reasons: ["(jos haluat välttää juonipaljastuksia|jos haluat valttaa juonipaljastuksia|juonipaljastusten välttämiseksi|juonipaljastusten valttamiseksi)"],
  contentWarnings: ["sisältövaroitus", "sisaltovaroitus"],
  endings: ["(kauden päätösjakso|kauden paatosjakso|päätösjakso|paatosjakso|viimeinen jakso|loppuratkaisu|finaali)"],
  nonMarkers: [
    "(spoileriton|spoilerittoman|spoilerittomasti|spoilerittomia|juonipaljastukseton|juonipaljastuksettoman|juonipaljastuksettomasti)",
    "(ilman|ei|ei yhtään|ei mitään|vähän|vahan) (juonipaljastuksia|spoilereita|juonipaljastusta)",
    "(en paljasta|en aio paljastaa|en halua paljastaa|en spoilaa|en aio spoilata|en halua spoilata|paljastamatta|spoilaamatta|kertomatta liikaa)",
    "(takaspoileri|takaspoilerin|etuspoileri|auton spoileri|auton spoilerin)", "(pelkäävät|pelkaavat|pelkään|pelkaan|vihaan) (juonipaljastuksia|spoilereita)",
  ],
  boilerplate: ["julkaistiin alun perin"],
  counts: { "2": 2, "3": 3, "4": 4, kaksi: 2, kolme: 3, neljä: 4, nelja: 4 },
};
