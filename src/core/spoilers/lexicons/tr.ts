// Turkish: "Spoiler içerir", "Spoiler uyarısı", "Dikkat, spoiler var!", "Buradan sonrası spoiler",
// "Spoiler sonu", "spoilerlı inceleme", and the native "sürprizbozan". "Spoilersız", "spoiler
// vermeden" and "spoiler yok" mark nothing. Folding lower-cases "I" to "i", never to "ı", so a word
// with "ı" is listed twice: as typed ("uyarısı") and as written in capitals ("UYARISI" → "uyarisi").
import type { Lexicon } from "./types";

const SPOILER = "(spoiler|spoilerlar|spoiler'lar|surprizbozan)";
const SON = "(sonu|sonunu|finali|finalini|finalı|finalını|sonucu|sonucunu|twisti|ters köşeyi|ters koseyi|son sahneyi)";

export const tr: Lexicon = {
  openers: [
    `${SPOILER} (başlıyor|basliyor|geliyor|başlıyor|başladı|basladi|var|vardır|içerir|icerir|içeriyor|iceriyor|aşağıda|asagida|asagıda|bölgesi|bolgesi)`,
    `(buradan sonra|bundan sonra|bundan sonrası|bundan sonrasi|buradan sonrası|buradan sonrasi|bu noktadan sonra|aşağısı|asagisi|asagısı|aşağıda|asagida|asagıda|devamında|devaminda|yazının devamında|yazinin devaminda) (bol |)${SPOILER}`,
    "(şimdi|simdi|artık|artik|artık) (spoiler|spoilerlar) (zamanı|zamani|vakti)", "(şimdi|simdi) (spoiler|spoilerlar) (veriyorum|geliyor|başlıyor|basliyor)",
    "(bu yazı|bu yazi|bu yazı|yazı|yazi|bu inceleme|inceleme|bu eleştiri|bu elestiri|bu yorum) (spoiler|spoilerlar) (içerir|icerir|içeriyor|iceriyor|barındırır|barindirir|barındırıyor|barindiriyor)",
  ],
  warnings: [
    `${SPOILER} (uyarısı|uyarisi|uyarı|uyari|alarmı|alarmi|alert|alarm|ihtarı|ihtari)`,
    `(dikkat|uyarı|uyari|uyarı|ikaz) ${SPOILER}`,
  ],
  closers: [
    `${SPOILER} (sonu|bitti|bitmiştir|bitmistir|burada bitiyor|burada bitti|sona erdi|kısmı bitti|kismi bitti|kısmının sonu|kisminin sonu)`,
    "(spoilerların|spoilerlarin|spoiler'ların|spoiler'larin) sonu", "(spoilerlı|spoilerli) (kısım|kisim|bölüm|bolum) (bitti|sona erdi|burada bitiyor)",
    "(bundan sonrası|bundan sonrasi|buradan sonrası|buradan sonrasi|buradan sonra|bundan sonra) (spoilersız|spoilersiz|spoiler yok|spoiler içermiyor|spoiler icermiyor)",
  ],
  closingLines: [],
  scoped: [
    ["(bu|şu|su) (paragraf|paragrafı|paragrafi|paragrafta|bölüm|bolum|kısım|kisim)", "this 1 p"],
    ["(okumak için|okumak icin|görmek için|gormek icin) (seçin|secin|işaretleyin|isaretleyin|seçiniz|seciniz)", "this 1 l"],
    ["(sonraki|bir sonraki|aşağıdaki|asagidaki|asagıdaki|takip eden) (paragraf|paragrafı|paragrafi|paragrafta)", "next 1 p"],
    ["(sonraki|aşağıdaki|asagidaki|asagıdaki|takip eden) {n} (paragraf|paragrafı|paragrafi|paragrafta)", "next {n} p"],
    ["(bu|şu) (bölüm|bolum|kısım|kisim|kısmı|kismi|bölümü|bolumu)", "this s"],
    ["(sonraki|bir sonraki|aşağıdaki|asagidaki|asagıdaki) (bölüm|bolum|kısım|kisim|bölümü|bolumu|kısmı|kismi)", "next s"],
  ],
  labels: ["spoiler", "spoilerlar", "spoiler'lar", "sürprizbozan", "spoilerlı", "spoilerli"],
  tags: [
    `${SPOILER} (içerir|icerir|içeriyor|iceriyor|barındırır|barindirir|barındırıyor|barindiriyor|vardır|vardir|var)`,
    "(spoilerlı|spoilerli|spoiler içeren|spoiler iceren) (inceleme|yorum|değerlendirme|degerlendirme|analiz|eleştiri|elestiri|film incelemesi)",
    "bol (spoilerlı|spoilerli)", "(spoilerli|spoiler li)",
  ],
  titleTags: [],
  qualifiers: ["kucuk", "ufak", "hafif", "buyuk", "agır", "agir", "bazı", "bazi", "olası", "olasi", "onemli", "ciddi"],
  lineWords: ["dikkat", "uyarı", "uyari", "tabii ki", "tabii", "elbette", "inceleme", "yorum", "yazı", "yazi", "bu", "içerir", "icerir", "aşağıda", "asagida", "asagıda", "kendi sorumluluğunuzda", "kendi sorumlulugunuzda"],
  topics: ["için", "icin", "hakkında", "hakkinda"],
  verbs: ["olabilir", "olacak", "bozar", "bozuyor", "mahveder", "edecek"],
  directions: ["aşağıda", "asagida", "asagıda", "buradan sonra", "bundan sonra", "bu noktadan sonra", "devamında", "devaminda", "yazının devamında", "yazinin devaminda", "şimdi", "simdi"],
  reveals: [
    `${SON} (anlatıyorum|anlatiyorum|anlatacağım|anlatacagim|konuşacağız|konusacagiz|konuşuyorum|konusuyorum|tartışıyorum|tartisiyorum|ele alıyorum|ele aliyorum|açıklıyorum|acikliyorum|açıklayacağım|aciklayacagim|analiz ediyorum|yazıyorum|yaziyorum)`,
    `(filmin|dizinin) ${SON} (anlatıyorum|anlatiyorum|konuşacağız|konusacagiz|ele alıyorum|ele aliyorum|tartışıyorum|tartisiyorum)`,
    "(sonda|finalde|sonunda) (ne oluyor|neler oluyor|ne olduğunu|ne oldugunu)",
    `(filmin|dizinin|) ${SON} (anlatiyor|anlatir|ele aliyor|acikliyor|veriyor|ele veriyor|anlatacak)`,
  ],
  notSeen: ["(izlemediyseniz|izlemediysen|izlemeyenler|izlemeyen|izlemeyenlerin|henüz izlemedi|henuz izlemedi|görmediyseniz|gormediyseniz|görmeyenler|gormeyenler|izlemeyecekseniz|izlememiş olanlar|izlememis olanlar)"],
  stops: ["(okumayın|okumayin|okumasın|okumasin|okumamalı|okumamali|okumayı bıraksın|okumayi biraksin|burada bıraksın|burada biraksin|burada durun|burada dursun|atlayın|atlayin|atlasın|atlasin|geçin|gecin|okumaya devam etmeyin|devam etmesin|uzak dursun|uzak durun|okumayi birakin|okumayi birak|burada birakin|okumayi burada birakin)"],
  reasons: ["(spoiler yememek için|spoiler yememek icin|spoiler yememek|sürprizi bozmamak için|surprizi bozmamak icin|habersiz izlemek)"],
  contentWarnings: ["içerik uyarısı", "icerik uyarisi", "cw", "tw"],
  endings: ["(sezon finali|final|son bölüm|son bolum|sonu|finali)"],
  nonMarkers: [
    "(spoilersız|spoilersiz|spoilersız|spoiler'sız|spoiler'siz|spoilersızdır|spoilersizdir)",
    `${SPOILER} (yok|yoktur|içermez|icermez|içermiyor|icermiyor|içermeyen|icermeyen|vermeden|vermeyeceğim|vermeyecegim|vermemek için|vermemek icin|verilmeden|var mı|var mi|yemeden|yememek için|yememek icin)`,
    "(spoiler a|spoiler e) yer yok", "(arka|ön) spoiler", "spoiler kiti",
  ],
  boilerplate: ["ilk olarak yayınlandı", "ilk olarak yayinlandi", "yazısı ilk olarak", "yazisi ilk olarak"],
  counts: { "2": 2, "3": 3, "4": 4, "5": 5, iki: 2, "üç": 3, dört: 4, beş: 5 },
};
