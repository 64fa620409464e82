// Polish: „Uwaga, spoilery!", „Uwaga na spoilery", „Spoilery poniżej", „Dalej będą spoilery",
// „Koniec spoilerów", „Tekst zawiera spoilery", „recenzja ze spoilerami", „spoilerowa recenzja", and
// the Polonised spelling „spojler". „Bez spoilerów", „bezspoilerowa" and „nie będę spoilerować" mark nothing.
import type { Lexicon } from "./types";

const SPOILERY = "(spoilery|spoiler|spojlery|spojler)";
const FINAL = "(zakończenie|zakończeniu|zakończenia|finał|finale|finału|twist|zwrot akcji|rozwiązanie|rozwiązanie zagadki)";

export const pl: Lexicon = {
  openers: [
    `${SPOILERY} (poniżej|niżej|dalej|od tego miejsca|od teraz|w dalszej części|pod zdjęciem)`,
    `(poniżej|niżej|dalej|od tego miejsca|od teraz|od tej chwili|w dalszej części|w dalszej części tekstu) (będą |są |pojawią się |znajdziecie |znajdują się |już |)(spoilery|spojlery|spoiler|spojler)`,
    "(a teraz|teraz|czas na|przechodzimy do|pora na) (spoilery|spojlery)", "(będą|beda|będzie) (spoilery|spojlery|spoiler|spojler)",
    "(tekst|recenzja|artykuł|wpis|ten tekst|ta recenzja|ten wpis|poniższy tekst) (zawiera|może zawierać|zawierać będzie) (spoilery|spojlery|spoiler)",
    `(czas porozmawiać o|porozmawiajmy o|przejdźmy do|teraz o) ${FINAL}`,
  ],
  warnings: [
    `(uwaga|ostrzeżenie|ostrzegam|ostrożnie|uwaga uwaga) (na |przed |)(spoilery|spoiler|spojlery|spojler|spoilerami|spojlerami)`,
    "(alert spoilerowy|spoiler alert|ostrzeżenie przed spoilerami)",
  ],
  closers: [
    "koniec (spoilerów|spoilera|spojlerów|spojlera|spoilerowej części|części ze spoilerami|spoilerowania)", "(spoilery|spoiler|spojlery) (koniec|się skończyły|zakończone|się kończą)",
    "(wracamy|wracam|powrót|wróćmy) do (części |recenzji |tekstu |)bez spoilerów",
    "(dalej|od teraz|od tego miejsca|odtąd) (już |znów |znowu |)bez spoilerów",
  ],
  closingLines: [],
  scoped: [
    ["(ten|tym|tego) (akapit|akapicie|akapitu|fragment|fragmencie)", "this 1 p"],
    ["(zaznacz|zaznacz tekst|podświetl) (aby|żeby) (przeczytać|zobaczyć|odczytać)", "this 1 l"],
    ["(następny|następnym|następnego|kolejny|kolejnym|kolejnego|poniższy|poniższym|poniższego) (akapit|akapicie|akapitu)", "next 1 p"],
    ["(następne|kolejne|poniższe|następnych|kolejnych) {n} (akapity|akapitów|akapitach)", "next {n} p"], ["{n} (kolejne|następne|kolejnych|następnych) (akapity|akapitów)", "next {n} p"],
    ["(ta|tej|tę) (sekcja|sekcji|część|części)", "this s"],
    ["(następna|następnej|następną|kolejna|kolejnej|kolejną) (sekcja|sekcji|część|części)", "next s"],
  ],
  labels: ["spoiler", "spoilery", "spoilerów", "spoilerami", "spojler", "spojlery", "spojlerów", "spoilerowo"],
  tags: [
    `(zawiera|zawierają|może zawierać|mogą być|są|ze|z) (spoilery|spoilerami|spojlery|spojlerami)`,
    "(recenzja|analiza|omówienie|opinia|tekst) (ze spoilerami|z spoilerami|spoilerowa)", "(spoilerowa|spojlerowa) (recenzja|analiza|opinia)",
  ],
  titleTags: [],
  qualifiers: ["drobne", "drobny", "lekkie", "lekki", "niewielkie", "niewielki", "duze", "duzy", "wielkie", "mocne", "ogromne", "fabularne", "powazne", "spore", "liczne", "mozliwe"],
  lineWords: ["uwaga", "ostrzezenie", "tekst", "recenzja", "oczywiscie", "rzecz jasna", "naturalnie", "tutaj", "ponizej", "zakonczenie", "czytasz na wlasne ryzyko", "na wlasne ryzyko"],
  topics: ["do", "dotyczace", "z", "o"],
  verbs: ["sa", "byly", "beda", "psuja", "zepsuja", "moga", "jest"],
  directions: ["poniżej", "niżej", "dalej", "w dalszej części", "od tego miejsca", "od teraz", "od tej chwili", "przejdźmy do", "teraz"],
  reveals: [
    "(zdradzają|zdradzaja|ujawniają|ujawniaja|opisują|opisuja|zdradza|ujawnia) (zakończenie|zakonczenie|finał|final|koniec)",
    `(omawiam|omówię|opisuję|opiszę|zdradzam|zdradzę|ujawniam|ujawnię|analizuję|przeanalizuję|piszę o|mówię o|rozbieram|zdradza|ujawnia|opisuje|omawia|opowiem o|opowiadam o) ${FINAL}`,
    "(co dzieje się|co się dzieje|co się stanie|jak się kończy|jak kończy się film) (na końcu|w finale|w zakończeniu)",
    "(szczegóły|detale) (fabuły|zakończenia|finału)",
  ],
  notSeen: ["(nie widział|nie widziała|nie widzieli|nie widziały|nie widziałeś|nie widziałaś|nie widzieliście|nie oglądał|nie oglądała|nie oglądali|nie oglądałeś|nie oglądałaś|jeszcze nie widzi|przed seansem)"],
  stops: ["(nie czytaj dalej|nie czytajcie dalej|dalej nie czytaj|dalej nie czytajcie|niech nie czyta dalej|niech dalej nie czyta|przestań czytać|przestańcie czytać|przerwij lekturę|pomiń|pomińcie|omiń|nie czytaj|nie czytajcie)"],
  reasons: ["(aby uniknąć spoilerów|żeby uniknąć spoilerów|uniknąć spoilerów|jeśli nie chcesz spoilerów|jeśli nie chcesz wiedzieć)"],
  contentWarnings: ["ostrzeżenie o treści", "cw", "tw"],
  endings: ["(finał sezonu|finał|zakończenie|ostatni odcinek)"],
  nonMarkers: [
    `(bez|zero|żadnych|nie ma|brak|bez żadnych) (spoilerów|spoilera|spojlerów|spojlera)`,
    "(bezspoilerowa|bezspoilerowy|bezspoilerowe|bezspoilerowo|bezspojlerowa)",
    "(nie będę|nie chcę|nie zamierzam|staram się nie|postaram się nie|nie mogę) (spoilerować|spojlerować|zdradzać|spoilować)",
    "(nie zdradzę|nie zdradzając|bez zdradzania|nie zdradzam|nie zdradzimy) (zbyt wiele|za dużo|szczegółów|fabuły|zakończenia|finału|niczego|nic)",
    "(nie zawiera|nie zawierają) (spoilerów|spojlerów)", "(tylny|tylnego|przedni|samochodowy) (spoiler|spoilera)",
  ],
  boilerplate: ["pojawił się po raz pierwszy na", "wpis pojawił się najpierw na", "artykuł pochodzi z"],
  counts: { "2": 2, "3": 3, "4": 4, "5": 5, dwa: 2, trzy: 3, cztery: 4, "pięć": 5 },
};
