// The lexicons beyond the core eight (zh, ru, nl, pl, tr, sv, id, vi, th, ar, uk, cs, da, no, el,
// he, hu, ro, fi, ca, hi, fa; and bg, sr, hr, sk, sl, lt, et, ms, tl, bn, ur, gl, sw, is, whose corpora
// are in test/fixtures/spoiler-languages-{slavic,north,south}.ts),
// through the whole digest path with the shared checks (checkPost): per language a paired opener
// and closer, a scoped warning, a heading naming spoilers in the language's own words, a whole-post
// title tag, and traps that mention spoilers without marking any (spoiler-free headings, "I won't
// spoil it", car spoilers, Japanese text holding 雷, Arabic حرق for a fire). Each marking post
// fails without its own lexicon. Thai posts put their markers in space-separated runs, and Arabic
// ones keep the Arabic comma off a marker's last word: the engine reads neither otherwise. A Catalan
// heading naming espòilers is read by the shared loanword labels (en, es) as well. Also:
// every module in lexicons/ is in LEXICONS and has a corpus here or in the core one
// (test/fixtures/spoiler-corpus.ts).
import { describe, expect, it } from "vitest";
import { LEXICONS } from "../../../src/core/spoilers/lexicons";
import type { Lexicon } from "../../../src/core/spoilers/lexicons/types";
import { corpus } from "../../fixtures/spoiler-corpus";
import { northPosts } from "../../fixtures/spoiler-languages-north";
import { slavicPosts } from "../../fixtures/spoiler-languages-slavic";
import { southPosts } from "../../fixtures/spoiler-languages-south";
import { CORE_LANGUAGES, checkPost, tokens, type CorpusPost } from "./corpus-support";

declare global {
  interface ImportMeta {
    glob<T>(pattern: string, options: { eager: true }): Record<string, T>;
  }
}

// Every language module, by file: "./zh.ts" → zh. types.ts and index.ts hold no lexicon.
const MODULES = import.meta.glob<Record<string, Lexicon>>("../../../src/core/spoilers/lexicons/*.ts", { eager: true });
const MODULE_LANGUAGES = Object.keys(MODULES)
  .map((file) => file.replace(/^.*\/(\w+)\.ts$/, "$1"))
  .filter((name) => name !== "types" && name !== "index");

const MORE_LANGUAGES = [
  "zh", "ru", "nl", "pl", "tr", "sv", "id", "vi", "th", "ar", "uk", "cs", "da", "no", "el", "he", "hu", "ro", "fi", "ca", "hi", "fa",
  "bg", "sr", "hr", "sk", "sl", "lt", "et", "ms", "tl", "bn", "ur", "gl", "sw", "is",
];

// The twelve added after blind probe 12 keep their corpora in fixtures of their own.
const morePosts: readonly CorpusPost[] = [...listedPosts(), ...slavicPosts, ...northPosts, ...southPosts];

function listedPosts(): CorpusPost[] {
  return [
  // Chinese (Simplified and Traditional)
  { lang: "zh", conv: "【以下有雷】 … 剧透结束",
    html: "<p>KEEP1 《误杀》的节奏非常紧凑，肖央的表演令人信服。</p><p>【以下有雷】</p><p>LEAK1 李维杰把尸体埋在了新建的警局下面。</p><p>剧透结束</p><p>KEEP2 总之，这是一部值得进影院的类型片。</p>" },
  { lang: "zh", conv: "⚠️剧透预警⚠️ … 劇透完畢",
    html: "<p>KEEP1 這部片的攝影非常漂亮。</p><p>⚠️劇透預警⚠️</p><p>LEAK1 保羅最後喝下了生命之水。</p><p>劇透完畢。</p><p>KEEP2 配樂由漢斯·季默操刀。</p>" },
  { lang: "zh", conv: "下一段涉及结局剧透，还没看过的请跳过",
    html: "<p>KEEP1 陈冲饰演的局长是全片最复杂的角色。</p><p>下一段涉及结局剧透，还没看过的朋友请跳过。</p><p>LEAK1 女儿最终没有被判刑，父亲却选择了自首。</p><p>KEEP2 配乐同样出色。</p>" },
  { lang: "zh", conv: "小標題「結局解析（有雷）」",
    html: "<h2>KEEP1 劇情簡介</h2><p>KEEP2 一個普通的家庭捲入了一場意外。</p><h2>結局解析（有雷）</h2><p>LEAK1 兇手其實是一直幫忙的鄰居。</p><h2>KEEP3 總評</h2><p>KEEP4 推薦給喜歡懸疑片的觀眾。</p>" },
  { lang: "zh", conv: "PTT 標題 [好雷]", title: "[好雷] 沙丘：第二部 觀後感",
    html: "<p>LEAK1 保羅在決鬥中殺死了菲德-羅薩。</p>", withheld: true },
  { lang: "zh", conv: "没看过的朋友请止步",
    html: "<p>KEEP1 这是诺兰最私人的一部作品。</p><p>还没看过电影的朋友请止步。</p><p>LEAK1 库珀在书架后面给女儿传递了数据。</p>" },
  { lang: "zh", conv: "陷阱：無雷心得、不会剧透",
    html: "<h2>KEEP1 無劇透短評</h2><p>KEEP4 本文無雷，請放心閱讀。</p><p>KEEP2 我不会剧透，只想说这部电影的摄影非常漂亮。</p><p>KEEP3 最近大家都很怕被剧透，这也可以理解。</p>" },
  { lang: "zh", conv: "陷阱：雷雨、防雷设施，与日文的雷",
    html: "<h2>KEEP4 雷の夜</h2><p>KEEP1 影片开头，山顶有雷雨，工作人员正在检查防雷设施。</p><h2>KEEP5 防雷设施里的一场戏</h2><p>KEEP2 雷が鳴る夜、二人は駅で別れる。</p><p>KEEP3 以下、キャストの紹介です。</p>" },
  // Russian
  { lang: "ru", conv: "Осторожно, спойлеры! … Конец спойлеров",
    html: "<p>KEEP1 «Анора» — лучший фильм Шона Бейкера.</p><p>Осторожно, спойлеры!</p><p>LEAK1 Ваня бросает Ани, а брак аннулируют.</p><p>Конец спойлеров.</p><p>KEEP2 Смотреть обязательно.</p>" },
  { lang: "ru", conv: "Дальше — спойлеры … спойлеры закончились",
    html: "<p>KEEP1 Юра Борисов здесь великолепен.</p><p>Дальше — спойлеры.</p><p>LEAK1 Игорь отдаёт Ани кольцо.</p><p>Всё, спойлеры закончились.</p><p>KEEP2 Девять из десяти.</p>" },
  { lang: "ru", conv: "Следующий абзац содержит спойлеры",
    html: "<p>KEEP1 Операторская работа безупречна.</p><p>Следующий абзац содержит спойлеры — пропустите его, если ещё не смотрели фильм.</p><p>LEAK1 В финале Ани плачет в машине.</p><p>KEEP2 Музыка тоже хороша.</p>" },
  { lang: "ru", conv: "Подзаголовок «Финал (спойлеры)»",
    html: "<h2>KEEP1 О чём фильм</h2><p>KEEP2 Стриптизёрша выходит замуж за сына олигарха.</p><h2>Финал (спойлеры)</h2><p>LEAK1 Родители увозят Ваню домой.</p><h2>KEEP3 Итог</h2><p>KEEP4 Смотрите в кино.</p>" },
  { lang: "ru", conv: "Заголовок «рецензия со спойлерами»", title: "«Анора»: рецензия со спойлерами",
    html: "<p>LEAK1 Брак аннулируют в Лас-Вегасе.</p>", withheld: true },
  { lang: "ru", conv: "Если вы ещё не смотрели фильм, дальше не читайте",
    html: "<p>KEEP1 Это очень тихое кино.</p><p>Если вы ещё не смотрели фильм, дальше не читайте.</p><p>LEAK1 Отец погибает в последней сцене.</p>" },
  { lang: "ru", conv: "Ловушка: без спойлеров, не буду спойлерить",
    html: "<h2>KEEP1 Рецензия без спойлеров</h2><p>KEEP3 Коротко о главном.</p><p>KEEP2 Не буду спойлерить, скажу лишь, что финал удивит.</p>" },
  { lang: "ru", conv: "Ловушка: задний спойлер, боязнь спойлеров",
    html: "<p>KEEP1 Кстати, герой ездит на машине с огромным задним спойлером.</p><p>KEEP2 Многие зрители сегодня боятся спойлеров больше, чем плохого кино.</p>" },
  // Dutch
  { lang: "nl", conv: "Let op: spoilers! … Einde spoilers",
    html: "<p>KEEP1 Zwartboek is Verhoevens beste Nederlandse film.</p><p>Let op: spoilers!</p><p>LEAK1 Rachel ontdekt dat Hans de verrader is.</p><p>Einde spoilers.</p><p>KEEP2 Carice van Houten is geweldig.</p>" },
  { lang: "nl", conv: "Hieronder volgen spoilers … Einde spoileralarm",
    html: "<p>KEEP1 De spanning is om te snijden.</p><p>Hieronder volgen spoilers.</p><p>LEAK1 De notaris blijkt het geld te hebben gestolen.</p><p>Einde spoileralarm.</p><p>KEEP2 Een aanrader.</p>" },
  { lang: "nl", conv: "De volgende alinea bevat spoilers",
    html: "<p>KEEP1 Het camerawerk is prachtig.</p><p>De volgende alinea bevat spoilers, dus sla hem over als je de film nog niet hebt gezien.</p><p>LEAK1 Müntze wordt aan het eind geëxecuteerd.</p><p>KEEP2 De muziek is sterk.</p>" },
  { lang: "nl", conv: "Tussenkop 'De ontknoping (spoileralarm)'",
    html: "<h2>KEEP1 Waar gaat het over</h2><p>KEEP2 Een zangeres in het verzet.</p><h2>De ontknoping (spoileralarm)</h2><p>LEAK1 De insuline blijkt vergif.</p><h2>KEEP3 Oordeel</h2><p>KEEP4 Vier sterren.</p>" },
  { lang: "nl", conv: "Titel 'Recensie met spoilers:'", title: "Recensie met spoilers: Zwartboek",
    html: "<p>LEAK1 Rachel overleeft de oorlog.</p>", withheld: true },
  { lang: "nl", conv: "Val: spoilervrij, ik ga niets verklappen",
    html: "<h2>KEEP1 Zonder spoilers</h2><p>KEEP3 Een spoilervrije recensie.</p><p>KEEP2 Ik ga niets verklappen, maar het slot is sterk.</p>" },
  { lang: "nl", conv: "Val: de film Spoiler Alert, achterspoiler",
    html: "<p>KEEP1 De film Spoiler Alert met Jim Parsons is ontroerend.</p><p>KEEP2 Zijn auto heeft een opvallende achterspoiler.</p>" },
  // Polish
  { lang: "pl", conv: "Uwaga, spoilery! … Koniec spoilerów",
    html: "<p>KEEP1 „Zielona granica” to film bardzo potrzebny.</p><p>Uwaga, spoilery!</p><p>LEAK1 Julia zostaje aktywistką i ratuje rodzinę.</p><p>Koniec spoilerów.</p><p>KEEP2 Polecam każdemu.</p>" },
  { lang: "pl", conv: "Poniżej spoilery … wracamy do części bez spoilerów",
    html: "<p>KEEP1 Zdjęcia są czarno-białe.</p><p>Poniżej spoilery.</p><p>LEAK1 Straż graniczna przerzuca rodzinę przez płot.</p><p>Wracamy do części bez spoilerów.</p><p>KEEP2 Muzyka jest oszczędna.</p>" },
  { lang: "pl", conv: "Następny akapit zawiera spoilery",
    html: "<p>KEEP1 Aktorstwo stoi na wysokim poziomie.</p><p>Następny akapit zawiera spoilery – jeśli nie widziałeś filmu, pomiń go.</p><p>LEAK1 Chłopiec tonie w bagnie.</p><p>KEEP2 Scenografia jest świetna.</p>" },
  { lang: "pl", conv: "Śródtytuł „Zakończenie (spojlery)”",
    html: "<h2>KEEP1 O czym jest film</h2><p>KEEP2 Rodzina z Syrii na granicy.</p><h2>Zakończenie (spojlery)</h2><p>LEAK1 Epilog dzieje się w 2022 roku.</p><h2>KEEP3 Ocena</h2><p>KEEP4 Osiem na dziesięć.</p>" },
  { lang: "pl", conv: "Tytuł „Recenzja ze spoilerami:”", title: "Recenzja ze spoilerami: Zielona granica",
    html: "<p>LEAK1 Jan przechodzi na stronę uchodźców.</p>", withheld: true },
  { lang: "pl", conv: "Pułapka: bez spoilerów, nie będę spoilerować",
    html: "<h2>KEEP1 Bez spoilerów</h2><p>KEEP3 Recenzja bezspoilerowa.</p><p>KEEP2 Nie będę spoilerować, powiem tylko, że finał zaskakuje.</p>" },
  { lang: "pl", conv: "Pułapka: tylny spoiler, strach przed spoilerami",
    html: "<p>KEEP1 Bohater tuninguje auto i montuje tylny spoiler.</p><p>KEEP2 Widzowie coraz bardziej boją się spoilerów w sieci.</p>" },
  // Turkish
  { lang: "tr", conv: "Dikkat: spoiler var! … Spoiler sonu",
    html: "<p>KEEP1 Kış Uykusu, Ceylan'ın en olgun filmi.</p><p>Dikkat: spoiler var!</p><p>LEAK1 Aydın sonunda Nihal'e geri döner.</p><p>Spoiler sonu.</p><p>KEEP2 Mutlaka izleyin.</p>" },
  { lang: "tr", conv: "SPOİLER UYARISI (büyük harf) … spoiler bitti",
    html: "<p>KEEP1 Görüntüler nefes kesici.</p><p>SPOİLER UYARISI</p><p>LEAK1 Ali atını satmak zorunda kalır.</p><p>Spoiler bitti.</p><p>KEEP2 Oyunculuklar çok iyi.</p>" },
  { lang: "tr", conv: "Sonraki paragraf spoiler içeriyor",
    html: "<p>KEEP1 Diyaloglar çok uzun ama etkileyici.</p><p>Sonraki paragraf spoiler içeriyor; filmi izlemediyseniz atlayın.</p><p>LEAK1 Necla evden ayrılmaz.</p><p>KEEP2 Müzik az ama yerinde.</p>" },
  { lang: "tr", conv: "Ara başlık 'Final (spoilerlı)'",
    html: "<h2>KEEP1 Konu</h2><p>KEEP2 Kapadokya'da bir otel.</p><h2>Final (spoilerlı)</h2><p>LEAK1 Aydın İstanbul'a gitmekten vazgeçer.</p><h2>KEEP3 Sonuç</h2><p>KEEP4 Dört yıldız.</p>" },
  { lang: "tr", conv: "Başlık '(Spoiler içerir)'", title: "Kış Uykusu (Spoiler içerir)",
    html: "<p>LEAK1 Aydın mektubu okumadan yakar.</p>", withheld: true },
  { lang: "tr", conv: "Tuzak: spoilersız, spoiler vermeden",
    html: "<h2>KEEP1 Spoiler yok</h2><p>KEEP3 Spoilersız bir inceleme.</p><p>KEEP2 Spoiler vermeden söyleyeyim: son yarım saat muhteşem.</p>" },
  { lang: "tr", conv: "Tuzak: arka spoiler, spoiler yok",
    html: "<p>KEEP1 Arabanın arka spoiler'ı kırılmıştı.</p><p>KEEP2 Bu yazıda spoiler yok.</p>" },
  // Swedish
  { lang: "sv", conv: "Spoilervarning! … Slut på spoilers",
    html: "<p>KEEP1 Triangle of Sadness är Östlunds roligaste film.</p><p>Spoilervarning!</p><p>LEAK1 Abigail tar makten på ön.</p><p>Slut på spoilers.</p><p>KEEP2 Se den på bio.</p>" },
  { lang: "sv", conv: "Varning för spoilers … spoilers över",
    html: "<p>KEEP1 Woody Harrelson är lysande som kapten.</p><p>Varning för spoilers.</p><p>LEAK1 Yachten sjunker efter ett piratangrepp.</p><p>Spoilers över.</p><p>KEEP2 Fem av fem.</p>" },
  { lang: "sv", conv: "Nästa stycke innehåller spoilers",
    html: "<p>KEEP1 Fotot är snyggt.</p><p>Nästa stycke innehåller spoilers, så hoppa över det om du inte har sett filmen.</p><p>LEAK1 Carl springer genom djungeln i sista scenen.</p><p>KEEP2 Musiken är bra.</p>" },
  { lang: "sv", conv: "Mellanrubrik 'Slutet (spoilrar)'",
    html: "<h2>KEEP1 Handling</h2><p>KEEP2 Ett modellpar på kryssning.</p><h2>Slutet (spoilrar)</h2><p>LEAK1 Det finns en hiss bakom klippan.</p><h2>KEEP3 Betyg</h2><p>KEEP4 Fyra av fem.</p>" },
  { lang: "sv", conv: "Rubrik 'Spoilerrecension:'", title: "Spoilerrecension: Triangle of Sadness",
    html: "<p>LEAK1 Abigail lyfter stenen.</p>", withheld: true },
  { lang: "sv", conv: "Fälla: spoilerfri, tänker inte spoila",
    html: "<h2>KEEP1 Inga spoilers här</h2><p>KEEP3 En spoilerfri recension.</p><p>KEEP2 Jag tänker inte spoila något, men slutet är starkt.</p>" },
  { lang: "sv", conv: "Fälla: rädd för spoilers, bilens spoiler",
    html: "<p>KEEP1 Många är rädda för spoilers nuförtiden.</p><p>KEEP2 Bilen i filmen har en bakre spoiler.</p>" },
  // Indonesian
  { lang: "id", conv: "Peringatan spoiler! … Spoiler berakhir",
    html: "<p>KEEP1 Pengabdi Setan 2 tampil jauh lebih megah daripada film pertamanya.</p><p>Peringatan spoiler!</p><p>LEAK1 Ternyata Ibu memimpin sekte yang selama ini mengincar Ian.</p><p>Spoiler berakhir.</p><p>KEEP2 Secara keseluruhan, film ini layak ditonton di bioskop.</p>" },
  { lang: "id", conv: "Paragraf berikutnya mengandung spoiler",
    html: "<p>KEEP1 Sinematografinya rapi dan tata suaranya mencekam.</p><p>Paragraf berikutnya mengandung spoiler, jadi lewati saja kalau belum nonton.</p><p>LEAK1 Rini akhirnya selamat, tetapi Bapak menghilang di rusun.</p><p>KEEP2 Musiknya juga bagus.</p>" },
  { lang: "id", conv: "Subjudul 'Bocoran ending …'",
    html: "<h2>KEEP1 Sinopsis</h2><p>KEEP2 Sebuah keluarga pindah ke rumah susun di pinggir Jakarta.</p><h2>Bocoran ending Pengabdi Setan 2</h2><p>LEAK1 Toni ternyata sudah dirasuki sejak awal.</p><h2>KEEP3 Kesimpulan</h2><p>KEEP4 Delapan dari sepuluh.</p>" },
  { lang: "id", conv: "Judul '(Mengandung Spoiler)'", title: "Review Film Agak Laen (Mengandung Spoiler)",
    html: "<p>LEAK1 Pak Jegel ternyata masih hidup di akhir film.</p>", withheld: true },
  { lang: "id", conv: "Kalau belum nonton filmnya, berhenti membaca di sini",
    html: "<p>KEEP1 Ini film Joko Anwar yang paling personal.</p><p>Kalau kamu belum nonton filmnya, berhenti membaca di sini.</p><p>LEAK1 Sang ayah ternyata hantu sejak adegan pertama.</p>" },
  { lang: "id", conv: "Jebakan: tanpa spoiler, nggak akan spoiler",
    html: "<h2>KEEP1 Review tanpa spoiler</h2><p>KEEP3 Ulasan ini bebas spoiler.</p><p>KEEP2 Tenang, aku nggak akan spoiler, yang jelas endingnya bikin merinding.</p>" },
  { lang: "id", conv: "Jebakan: spoiler belakang mobil, takut spoiler",
    html: "<p>KEEP1 Mobil tokoh utamanya memakai spoiler belakang yang mencolok.</p><p>KEEP2 Banyak penonton takut spoiler sebelum film horor tayang.</p>" },
  // Vietnamese
  { lang: "vi", conv: "Cảnh báo spoiler! … Hết spoiler",
    html: "<p>KEEP1 Bố Già là phim Việt có doanh thu cao nhất năm 2021.</p><p>Cảnh báo spoiler!</p><p>LEAK1 Ba Sang bán căn nhà để lo tiền chữa bệnh cho Quắn.</p><p>Hết spoiler.</p><p>KEEP2 Trấn Thành diễn rất tròn vai.</p>" },
  { lang: "vi", conv: "Đoạn tiếp theo có spoiler",
    html: "<p>KEEP1 Phần hình ảnh được đầu tư rất kỹ.</p><p>Đoạn tiếp theo có spoiler, bạn nào chưa xem phim thì hãy bỏ qua.</p><p>LEAK1 Ở cuối phim, Quắn quyết định ở lại con hẻm cùng ba.</p><p>KEEP2 Nhạc phim cũng rất hay.</p>" },
  { lang: "vi", conv: "Tiêu đề phụ 'Cái kết (tiết lộ nội dung)'",
    html: "<h2>KEEP1 Nội dung chính</h2><p>KEEP2 Một gia đình lao động trong con hẻm nhỏ ở Sài Gòn.</p><h2>Cái kết (tiết lộ nội dung)</h2><p>LEAK1 Ông Sang hiến thận cho con trai.</p><h2>KEEP3 Đánh giá</h2><p>KEEP4 Tám trên mười.</p>" },
  { lang: "vi", conv: "Tiêu đề '(có spoiler)'", title: "Review phim Mai (có spoiler)",
    html: "<p>LEAK1 Mai rời bỏ Dương và đi một mình.</p>", withheld: true },
  { lang: "vi", conv: "Bẫy: review không spoiler, mình sẽ không spoil",
    html: "<h2>KEEP1 Review không spoiler</h2><p>KEEP2 Mình sẽ không spoil, chỉ nói là cái kết rất bất ngờ.</p>" },
  { lang: "vi", conv: "Bẫy: spoiler sau xe, sợ bị spoil",
    html: "<p>KEEP1 Chiếc xe của nhân vật chính gắn spoiler sau xe rất ngầu.</p><p>KEEP2 Nhiều khán giả sợ bị spoil nên tránh mạng xã hội.</p>" },
  // Thai
  { lang: "th", conv: "⚠️ เตือนสปอยล์ ⚠️ … จบสปอยล์",
    html: "<p>KEEP1 ธี่หยด เป็นหนังผีไทยที่ทำเงินสูงมากในปีนี้</p><p>⚠️ เตือนสปอยล์ ⚠️</p><p>LEAK1 สุดท้ายแล้ว ยักษ์ ต้องยอมสละชีวิตเพื่อช่วยน้องสาว</p><p>จบสปอยล์</p><p>KEEP2 โดยรวมแล้วเป็นหนังที่ควรดูในโรง</p>" },
  { lang: "th", conv: "ย่อหน้าถัดไปมีสปอยล์ ใครยังไม่ได้ดู ข้ามไปได้เลย",
    html: "<p>KEEP1 งานภาพสวยและเสียงดีมาก</p><p>ย่อหน้าถัดไปมีสปอยล์ ใครยังไม่ได้ดู ข้ามไปได้เลย</p><p>LEAK1 ผีที่สิงแย้มคือแม่มดจากหมู่บ้านข้างๆ</p><p>KEEP2 ดนตรีประกอบก็ดี</p>" },
  { lang: "th", conv: "หัวข้อ 'ตอนจบ (มีสปอยล์)'",
    html: "<h2>KEEP1 เรื่องย่อ</h2><p>KEEP2 ครอบครัวหนึ่งในกาญจนบุรีเจอเรื่องประหลาด</p><h2>ตอนจบ (มีสปอยล์)</h2><p>LEAK1 แย้มไม่รอดในคืนสุดท้าย</p><h2>KEEP3 สรุป</h2><p>KEEP4 แปดเต็มสิบ</p>" },
  { lang: "th", conv: "ชื่อเรื่อง '[รีวิว] … (มีสปอยล์)'", title: "[รีวิว] ธี่หยด (มีสปอยล์)",
    html: "<p>LEAK1 ยักษ์ฆ่าผีได้ในฉากสุดท้าย</p>", withheld: true },
  { lang: "th", conv: "กับดัก: รีวิวแบบไม่สปอยล์, ขอไม่สปอยล์",
    html: "<h2>KEEP1 รีวิวแบบไม่สปอยล์</h2><p>KEEP2 รีวิวนี้ ไม่มีสปอยล์ อ่านได้สบายใจ</p><p>KEEP3 ขอไม่สปอยล์ แต่บอกได้ว่าตอนจบพีคมาก</p>" },
  { lang: "th", conv: "กับดัก: สปอยเลอร์หลังรถ, กลัวโดนสปอยล์",
    html: "<p>KEEP1 พระเอกขับรถที่ติด สปอยเลอร์ หลังคันใหญ่</p><p>KEEP2 ช่วงนี้หลายคน กลัวโดนสปอยล์ เลยรีบไปดูรอบแรก</p>" },
  // Arabic
  { lang: "ar", conv: "تحذير: حرق للأحداث … نهاية الحرق",
    html: "<p>KEEP1 فيلم الكنز من أجمل أفلام شريف عرفة.</p><p>تحذير: حرق للأحداث!</p><p>LEAK1 في النهاية يكتشف حسن أن الكنز كان مدفونا تحت بيته.</p><p>نهاية الحرق.</p><p>KEEP2 أنصح بمشاهدته في السينما.</p>" },
  { lang: "ar", conv: "الفقرة التالية تحتوي على حرق للأحداث",
    html: "<p>KEEP1 التصوير جميل والموسيقى رائعة.</p><p>الفقرة التالية تحتوي على حرق للأحداث. إذا لم تشاهد الفيلم فتجاوزها.</p><p>LEAK1 الضابط بشر يموت في المشهد الأخير.</p><p>KEEP2 الأداء التمثيلي ممتاز.</p>" },
  { lang: "ar", conv: "عنوان فرعي «النهاية (حرق للأحداث)»",
    html: "<h2>KEEP1 القصة</h2><p>KEEP2 عائلة تبحث عن كنز قديم في الأقصر.</p><h2>النهاية (حرق للأحداث)</h2><p>LEAK1 الكنز لم يكن موجودا أصلا.</p><h2>KEEP3 التقييم</h2><p>KEEP4 ثمانية من عشرة.</p>" },
  { lang: "ar", conv: "عنوان «[حرق] مراجعة فيلم»", title: "[حرق] مراجعة فيلم الكنز",
    html: "<p>LEAK1 حسن يموت في الصحراء.</p>", withheld: true },
  { lang: "ar", conv: "فخ: مراجعة بدون حرق، لن أحرق الأحداث",
    html: "<h2>KEEP1 مراجعة بدون حرق</h2><p>KEEP2 لن أحرق الأحداث عليكم لكن النهاية مدهشة.</p>" },
  { lang: "ar", conv: "فخ: حرق الغابات وتحذير من حرق النفايات",
    html: "<p>KEEP1 تبدأ القصة بحرق الغابات في الجبل.</p><p>KEEP2 حرق القرية كان أقوى مشهد في الفيلم.</p><p>KEEP3 أطلق الدفاع المدني تحذير من حرق النفايات.</p>" },
  // Ukrainian
  { lang: "uk", conv: "Увага, спойлери! … Кінець спойлерів",
    html: "<p>KEEP1 «Памфір» — один із найсильніших українських фільмів останніх років.</p><p>Увага, спойлери!</p><p>LEAK1 Памфір гине, рятуючи сина від контрабандистів.</p><p>Кінець спойлерів.</p><p>KEEP2 Дивіться обов’язково.</p>" },
  { lang: "uk", conv: "Наступний абзац містить спойлери",
    html: "<p>KEEP1 Операторська робота бездоганна.</p><p>Наступний абзац містить спойлери — пропустіть його, якщо ще не дивилися фільм.</p><p>LEAK1 У фіналі син тікає через кордон.</p><p>KEEP2 Музика теж чудова.</p>" },
  { lang: "uk", conv: "Підзаголовок «Фінал (спойлери)»",
    html: "<h2>KEEP1 Про що фільм</h2><p>KEEP2 Чоловік повертається додому на Маланку.</p><h2>Фінал (спойлери)</h2><p>LEAK1 Батько згорає в церкві.</p><h2>KEEP3 Підсумок</h2><p>KEEP4 Дев’ять із десяти.</p>" },
  { lang: "uk", conv: "Заголовок «рецензія зі спойлерами»", title: "«Памфір»: рецензія зі спойлерами",
    html: "<p>LEAK1 Памфір помирає в останній сцені.</p>", withheld: true },
  { lang: "uk", conv: "Пастка: без спойлерів, не буду спойлерити",
    html: "<h2>KEEP1 Рецензія без спойлерів</h2><p>KEEP2 Не буду спойлерити, скажу лише, що фінал вражає.</p>" },
  { lang: "uk", conv: "Пастка: задній спойлер, бояться спойлерів",
    html: "<p>KEEP1 Герой їздить старою машиною із заднім спойлером.</p><p>KEEP2 Глядачі сьогодні бояться спойлерів більше, ніж поганого кіно.</p>" },
  // Czech
  { lang: "cs", conv: "Pozor, spoilery! … Konec spoilerů",
    html: "<p>KEEP1 Vlny jsou nejlepší český film roku.</p><p>Pozor, spoilery!</p><p>LEAK1 Tomáš nakonec zůstane v rozhlase i po invazi.</p><p>Konec spoilerů.</p><p>KEEP2 Určitě do kina.</p>" },
  { lang: "cs", conv: "Následující odstavec obsahuje spoilery",
    html: "<p>KEEP1 Kamera je skvělá.</p><p>Následující odstavec obsahuje spoilery, takže ho přeskočte, pokud jste film ještě neviděli.</p><p>LEAK1 Milan zemře při střelbě před budovou rozhlasu.</p><p>KEEP2 Hudba je také dobrá.</p>" },
  { lang: "cs", conv: "Mezititulek „Spoilerová část: závěr filmu“",
    html: "<h2>KEEP1 O čem film je</h2><p>KEEP2 Mladý technik se dostane do rozhlasu v roce 1968.</p><h2>Spoilerová část: závěr filmu</h2><p>LEAK1 Tomáš pošle bratra pryč z republiky.</p><h2>KEEP3 Hodnocení</h2><p>KEEP4 Osm z deseti.</p>" },
  { lang: "cs", conv: "Titulek „Recenze se spoilery:“", title: "Recenze se spoilery: Vlny",
    html: "<p>LEAK1 Rozhlas ztichne, když přijedou tanky.</p>", withheld: true },
  { lang: "cs", conv: "Past: bez spoilerů, nebudu spoilerovat",
    html: "<h2>KEEP1 Recenze bez spoilerů</h2><p>KEEP3 Bezspoilerová recenze pro nerozhodnuté.</p><p>KEEP2 Nebudu spoilerovat, jen řeknu, že konec je silný.</p>" },
  { lang: "cs", conv: "Past: zadní spoiler, strach ze spoilerů",
    html: "<p>KEEP1 Hrdina si na auto namontuje velký zadní spoiler.</p><p>KEEP2 Mnoho diváků se bojí spoilerů víc než špatných filmů.</p>" },
  // Danish
  { lang: "da", conv: "Spoilere forude! … Slut på spoilere",
    html: "<p>KEEP1 Druk er Vinterbergs mest livsbekræftende film.</p><p>Spoilere forude!</p><p>LEAK1 Tommy sejler ud i havnen og kommer aldrig tilbage.</p><p>Slut på spoilere.</p><p>KEEP2 Mads Mikkelsens dans er fantastisk.</p>" },
  { lang: "da", conv: "Næste afsnit indeholder spoilere",
    html: "<p>KEEP1 Fotograferingen er flot.</p><p>Næste afsnit indeholder spoilere, så spring det over, hvis du ikke har set filmen.</p><p>LEAK1 Martin danser på kajen i sidste scene.</p><p>KEEP2 Musikken er god.</p>" },
  { lang: "da", conv: "Mellemrubrik 'Spoilerafsnit: slutningen'",
    html: "<h2>KEEP1 Handlingen</h2><p>KEEP2 Fire lærere tester en teori om alkohol.</p><h2>Spoilerafsnit: slutningen</h2><p>LEAK1 Tommy drukner, og de andre fejrer studenterne.</p><h2>KEEP3 Karakter</h2><p>KEEP4 Fem ud af seks.</p>" },
  { lang: "da", conv: "Titel '(indeholder spoilere)'", title: "Druk (indeholder spoilere)",
    html: "<p>LEAK1 Martins kone vender tilbage til ham.</p>", withheld: true },
  { lang: "da", conv: "Fælde: spoilerfri, vil ikke spoile",
    html: "<h2>KEEP1 Spoilerfri anmeldelse</h2><p>KEEP2 Jeg vil ikke spoile noget, men slutningen er stærk.</p>" },
  { lang: "da", conv: "Fælde: bagspoiler, bange for spoilere",
    html: "<p>KEEP1 Bilen i filmen har en stor bagspoiler.</p><p>KEEP2 Mange er bange for spoilere nu om dage.</p>" },
  // Norwegian
  { lang: "no", conv: "Spoilervarsel! … Slutt på spoilere",
    html: "<p>KEEP1 Verdens verste menneske er Joachim Triers beste film.</p><p>Spoilervarsel!</p><p>LEAK1 Aksel dør av kreft, og Julie blir fotograf.</p><p>Slutt på spoilere.</p><p>KEEP2 Renate Reinsve er strålende.</p>" },
  { lang: "no", conv: "Neste avsnitt inneholder spoilere",
    html: "<p>KEEP1 Fotoet er vakkert.</p><p>Neste avsnitt inneholder spoilere, så hopp over det hvis du ikke har sett filmen.</p><p>LEAK1 Julie mister barnet hun venter.</p><p>KEEP2 Musikken er god.</p>" },
  { lang: "no", conv: "Mellomtittel 'Spoilersone: slutten'",
    html: "<h2>KEEP1 Handlingen</h2><p>KEEP2 En ung kvinne i Oslo leter etter seg selv.</p><h2>Spoilersone: slutten</h2><p>LEAK1 Eivind får barn med en annen.</p><h2>KEEP3 Terningkast</h2><p>KEEP4 Seks.</p>" },
  { lang: "no", conv: "Tittel '(inneholder spoilere)'", title: "Verdens verste menneske (inneholder spoilere)",
    html: "<p>LEAK1 Aksel dør på sykehuset.</p>", withheld: true },
  { lang: "no", conv: "Felle: spoilerfri, skal ikke røpe noe",
    html: "<h2>KEEP1 Spoilerfri anmeldelse</h2><p>KEEP2 Jeg skal ikke røpe noe, men slutten er sterk.</p>" },
  { lang: "no", conv: "Felle: bakspoiler, redd for spoilere",
    html: "<p>KEEP1 Bilen hans har en diger bakspoiler.</p><p>KEEP2 Mange er redd for spoilere.</p>" },  // Greek
  { lang: "el", conv: "Ακολουθούν spoilers … Τέλος των spoilers",
    html: "<p>KEEP1 Ο Θίασος του Αγγελόπουλου είναι ένα ποτάμι ιστορίας.</p><p>Ακολουθούν spoilers.</p><p>LEAK1 Ο Ορέστης εκτελείται και ο θίασος συνεχίζει χωρίς αυτόν.</p><p>Τέλος των spoilers.</p><p>KEEP2 Η φωτογραφία του Αρβανίτη είναι μαγική.</p>" },
  { lang: "el", conv: "Προσοχή, σπόιλερ! … Τα spoilers τελείωσαν",
    html: "<p>KEEP1 Ο Κυνόδοντας παραμένει η πιο ανησυχητική ταινία του Λάνθιμου.</p><p><strong>ΠΡΟΣΟΧΗ, ΣΠΟΙΛΕΡ!</strong></p><p>LEAK1 Η μεγάλη κόρη σπάει το δόντι της και κρύβεται στο πορτμπαγκάζ.</p><p>Τα spoilers τελείωσαν.</p><p>KEEP2 Ο Χρήστος Στέργιογλου είναι τρομακτικός.</p>" },
  { lang: "el", conv: "Η επόμενη παράγραφος περιέχει σπόιλερ",
    html: "<p>KEEP1 Η μουσική της ταινίας είναι εξαιρετική.</p><p>Η επόμενη παράγραφος περιέχει σπόιλερ, οπότε αν δεν έχετε δει την ταινία, προσπεράστε την.</p><p>LEAK1 Ο πατέρας πεθαίνει στο τέλος και ο γιος παίρνει το κατάστημα.</p><p>KEEP2 Βαθμός: 8/10.</p>" },
  { lang: "el", conv: "Υπότιτλος «Το φινάλε (σπόιλερ)»",
    html: "<h2>KEEP1 Η υπόθεση</h2><p>KEEP2 Μια οικογένεια ζει κλεισμένη σε μια βίλα.</p><h2>Το φινάλε (σπόιλερ)</h2><p>LEAK1 Ο πατέρας βρίσκει το αυτοκίνητο με την κόρη μέσα.</p><h2>KEEP3 Συμπέρασμα</h2><p>KEEP4 Αξίζει να τη δείτε.</p>" },
  { lang: "el", conv: "Τίτλος «(με spoilers)»", title: "Κριτική: Ο Θίασος (με spoilers)",
    html: "<p>LEAK1 Η Ηλέκτρα βλέπει τον αδελφό της να εκτελείται.</p>", withheld: true },
  { lang: "el", conv: "Αν δεν έχετε δει την ταινία, σταματήστε να διαβάζετε εδώ",
    html: "<p>KEEP1 Είναι μια πολύ ήσυχη ταινία.</p><p>Αν δεν έχετε δει την ταινία, σταματήστε να διαβάζετε εδώ.</p><p>LEAK1 Η μητέρα είναι αυτή που έκλεψε τα χρήματα.</p>" },
  { lang: "el", conv: "Παγίδα: κριτική χωρίς σπόιλερ, δεν θα αποκαλύψω",
    html: "<h2>KEEP1 Κριτική χωρίς σπόιλερ</h2><p>KEEP2 Δεν θα αποκαλύψω τίποτα για το τέλος, αλλά θα σας συγκινήσει.</p><p>KEEP3 Η ταινία κυκλοφορεί χωρίς spoilers στο τρέιλερ.</p>" },
  { lang: "el", conv: "Παγίδα: πίσω spoiler αυτοκινήτου, φόβος για τα spoilers",
    html: "<p>KEEP1 Ο ήρωας οδηγεί ένα παλιό αυτοκίνητο με τεράστιο πίσω spoiler.</p><p>KEEP2 Πολλοί θεατές σήμερα φοβούνται τα spoilers περισσότερο από τις κακές ταινίες.</p>" },
  // Hebrew
  { lang: "he", conv: "זהירות, ספוילרים! … סוף הספוילרים",
    html: "<div dir=\"rtl\"><p>KEEP1 «וולס עם באשיר» הוא סרט אנימציה יוצא דופן.</p><p><strong>זהירות, ספוילרים!</strong></p><p>LEAK1 בסוף הסרט האנימציה מתחלפת בצילומי ארכיון אמיתיים.</p><p>סוף הספוילרים.</p><p>KEEP2 המוזיקה של מקס ריכטר נפלאה.</p></div>" },
  { lang: "he", conv: "הפסקה הבאה מכילה ספוילרים",
    html: "<div dir=\"rtl\"><p>KEEP1 הצילום בסרט מרהיב.</p><p>הפסקה הבאה מכילה ספוילרים, מי שלא ראה את הסרט שידלג עליה.</p><p>LEAK1 האב נהרג בתאונה והבן לוקח את המפתחות.</p><p>KEEP2 ציון: שמונה מתוך עשר.</p></div>" },
  { lang: "he", conv: "כותרת משנה «הסוף (ספוילרים)»",
    html: "<div dir=\"rtl\"><h2>KEEP1 על מה הסרט</h2><p>KEEP2 חייל חוזר לביתו אחרי המלחמה.</p><h2>הסוף (ספוילרים)</h2><p>LEAK1 החבר מתגלה כמי שירה את הירייה.</p><h2>KEEP3 שורה תחתונה</h2><p>KEEP4 מומלץ בחום.</p></div>" },
  { lang: "he", conv: "כותרת «ביקורת עם ספוילרים:»", title: "ביקורת עם ספוילרים: פוקסטרוט",
    html: "<div dir=\"rtl\"><p>LEAK1 הבת נהרגת בתאונה בסוף הסרט.</p></div>", withheld: true },
  { lang: "he", conv: "מלכודת: ביקורת ללא ספוילרים, לא אגלה",
    html: "<div dir=\"rtl\"><h2>KEEP1 ביקורת ללא ספוילרים</h2><p>KEEP2 לא אגלה לכם מה קורה בסוף, רק שהוא מטלטל.</p></div>" },
  { lang: "he", conv: "מלכודת: ספוילר אחורי לרכב, פחד מספוילרים",
    html: "<div dir=\"rtl\"><p>KEEP1 לרכב של הגיבור יש ספוילר אחורי ענק.</p><p>KEEP2 הרבה צופים מפחדים מספוילרים יותר מסרטים גרועים.</p></div>" },
  // Hungarian
  { lang: "hu", conv: "Vigyázat, spoiler! … Spoiler vége",
    html: "<p>KEEP1 A Saul fia Nemes Jeles László első nagyjátékfilmje.</p><p>Vigyázat, spoiler!</p><p>LEAK1 Saul a folyóba menekül, a fiú holtteste elsodródik.</p><p>Spoiler vége.</p><p>KEEP2 Röhrig Géza alakítása lenyűgöző.</p>" },
  { lang: "hu", conv: "Figyelem, innentől spoilerek! … Vége a spoilereknek",
    html: "<p>KEEP1 A Testről és lélekről csendes, különös film.</p><p>Figyelem, innentől spoilerek!</p><p>LEAK1 Mária túléli az öngyilkossági kísérletet, és Endre felhívja.</p><p>Vége a spoilereknek.</p><p>KEEP2 Borbély Alexandra kiváló.</p>" },
  { lang: "hu", conv: "A következő bekezdés spoileres",
    html: "<p>KEEP1 Az operatőri munka kiváló.</p><p>A következő bekezdés spoileres, ha még nem láttad a filmet, ugord át.</p><p>LEAK1 Az apa a végén feladja magát a rendőrségen.</p><p>KEEP2 A zene is remek.</p>" },
  { lang: "hu", conv: "Köztes cím „A befejezés (spoilerek)”",
    html: "<h2>KEEP1 Miről szól</h2><p>KEEP2 Egy vágóhídi igazgató és egy minőségellenőr ugyanazt álmodja.</p><h2>A befejezés (spoilerek)</h2><p>LEAK1 A két szarvas végül eltűnik az álmaikból.</p><h2>KEEP3 Értékelés</h2><p>KEEP4 Tíz pontból kilenc.</p>" },
  { lang: "hu", conv: "Cím „(spoileres kritika)”", title: "Saul fia (spoileres kritika)",
    html: "<p>LEAK1 Saul a film végén meghal az erdőben.</p>", withheld: true },
  { lang: "hu", conv: "Csapda: spoilermentes kritika, nem lövöm le a poént",
    html: "<h2>KEEP1 Spoilermentes kritika</h2><p>KEEP2 Nem lövöm le a poént, de a befejezés erős.</p><p>KEEP3 Ez egy spoiler nélküli ajánló.</p>" },
  { lang: "hu", conv: "Csapda: hátsó spoiler, félnek a spoilerektől",
    html: "<p>KEEP1 A főhős autójára hatalmas hátsó spoiler került.</p><p>KEEP2 Manapság sokan jobban félnek a spoilerektől, mint a rossz filmektől.</p>" },
  // Romanian
  { lang: "ro", conv: "Atenție, spoilere! … Sfârșit spoilere",
    html: "<p>KEEP1 Moartea domnului Lăzărescu este un film esențial al noului val.</p><p>Atenție, spoilere!</p><p>LEAK1 Domnul Lăzărescu ajunge la ultimul spital, unde este pregătit pentru operație.</p><p>Sfârșit spoilere.</p><p>KEEP2 Ion Fiscuteanu este extraordinar.</p>" },
  { lang: "ro", conv: "Paragraful următor conține spoilere",
    html: "<p>KEEP1 Imaginea este superbă.</p><p>Paragraful următor conține spoilere, așa că săriți peste el dacă nu ați văzut filmul.</p><p>LEAK1 Otilia îngroapă fătul într-un bloc părăsit.</p><p>KEEP2 Muzica lipsește cu desăvârșire.</p>" },
  { lang: "ro", conv: "Subtitlu „Spoilerele: ce se întâmplă la final”",
    html: "<h2>KEEP1 Despre ce e vorba</h2><p>KEEP2 Două studente încearcă să rezolve o problemă în 1987.</p><h2>Spoilerele: ce se întâmplă la final</h2><p>LEAK1 Cele două prietene tac la masă, în restaurant.</p><h2>KEEP3 Verdict</h2><p>KEEP4 Nota nouă.</p>" },
  { lang: "ro", conv: "Titlu „Recenzie cu spoilere:”", title: "Recenzie cu spoilere: 4 luni, 3 săptămâni și 2 zile",
    html: "<p>LEAK1 Bebe pleacă cu buletinul Otiliei.</p>", withheld: true },
  { lang: "ro", conv: "Capcană: fără spoilere, nu vă stric surpriza",
    html: "<h2>KEEP1 Recenzie fără spoilere</h2><p>KEEP2 Nu vă stric surpriza, dar finalul e puternic.</p>" },
  { lang: "ro", conv: "Capcană: eleron, spoiler spate, frica de spoilere",
    html: "<p>KEEP1 Mașina eroului are un spoiler spate imens.</p><p>KEEP2 Frica de spoilere a devenit mai mare decât frica de filme proaste.</p>" },
  // Finnish
  { lang: "fi", conv: "Varoitus: juonipaljastuksia! … Juonipaljastukset päättyvät",
    html: "<p>KEEP1 Tuntematon sotilas on Aku Louhimiehen kunnianhimoisin elokuva.</p><p>Varoitus: juonipaljastuksia!</p><p>LEAK1 Hietanen kuolee pommituksessa Viipurissa.</p><p>Juonipaljastukset päättyvät.</p><p>KEEP2 Eero Aho on loistava Rokkana.</p>" },
  { lang: "fi", conv: "Spoilerivaroitus! … Spoilerit loppuvat",
    html: "<p>KEEP1 Kuolleet lehdet on Kaurismäen lämpimin elokuva.</p><p>Spoilerivaroitus!</p><p>LEAK1 Holappa jää raitiovaunun alle, mutta selviää.</p><p>Spoilerit loppuvat tähän.</p><p>KEEP2 Alma Pöysti on upea.</p>" },
  { lang: "fi", conv: "Seuraava kappale sisältää juonipaljastuksia",
    html: "<p>KEEP1 Kuvaus on kaunista.</p><p>Seuraava kappale sisältää juonipaljastuksia, joten hyppää sen yli, jos et ole nähnyt elokuvaa.</p><p>LEAK1 Isä hukkuu järveen viimeisessä kohtauksessa.</p><p>KEEP2 Musiikki toimii.</p>" },
  { lang: "fi", conv: "Väliotsikko ”Loppuratkaisu (juonipaljastuksia)”",
    html: "<h2>KEEP1 Mistä on kyse</h2><p>KEEP2 Kaksi yksinäistä ihmistä kohtaa karaokebaarissa.</p><h2>Loppuratkaisu (juonipaljastuksia)</h2><p>LEAK1 Ansa ottaa koiran ja lähtee sairaalaan hakemaan Holappaa.</p><h2>KEEP3 Arvosana</h2><p>KEEP4 Viisi tähteä.</p>" },
  { lang: "fi", conv: "Otsikko ”(sisältää juonipaljastuksia)”", title: "Tuntematon sotilas (sisältää juonipaljastuksia)",
    html: "<p>LEAK1 Koskela kaatuu joen rannalla.</p>", withheld: true },
  { lang: "fi", conv: "Ansa: spoileriton arvio, en paljasta",
    html: "<h2>KEEP1 Spoileriton arvio</h2><p>KEEP2 En paljasta loppuratkaisua, mutta se on koskettava.</p><p>KEEP3 Tämä teksti on kirjoitettu ilman juonipaljastuksia.</p>" },
  { lang: "fi", conv: "Ansa: takaspoileri, juonipaljastusten pelko",
    html: "<p>KEEP1 Päähenkilön autossa on valtava takaspoileri.</p><p>KEEP2 Monet pelkäävät juonipaljastuksia enemmän kuin huonoja elokuvia.</p>" },
  // Catalan
  { lang: "ca", conv: "Alerta d'spoiler! … Fi dels spoilers",
    html: "<p>KEEP1 Alcarràs és la pel·lícula més honesta de Carla Simón.</p><p>Alerta d'spoiler!</p><p>LEAK1 Les excavadores arrenquen els préssecs mentre la família mira.</p><p>Fi dels spoilers.</p><p>KEEP2 Els actors no professionals són magnífics.</p>" },
  { lang: "ca", conv: "El paràgraf següent conté espòilers",
    html: "<p>KEEP1 La fotografia és preciosa.</p><p>El paràgraf següent conté espòilers: si no heu vist la pel·lícula, deixeu de llegir aquí.</p><p>LEAK1 L'avi signa el contracte de les plaques solars.</p><p>KEEP2 La música és discreta.</p>" },
  { lang: "ca", conv: "Subtítol «Alerta d'spoiler: el final»",
    html: "<h2>KEEP1 De què va</h2><p>KEEP2 Una família de pagesos perd les seves terres.</p><h2>Alerta d'spoiler: el final</h2><p>LEAK1 Quimet es queda sol al camp buit.</p><h2>KEEP3 Valoració</h2><p>KEEP4 Quatre estrelles.</p>" },
  { lang: "ca", conv: "Títol «Crítica amb spoilers:»", title: "Crítica amb spoilers: Estiu 1993",
    html: "<p>LEAK1 La Frida plora per fi la mort de la seva mare.</p>", withheld: true },
  { lang: "ca", conv: "Parany: sense spoilers, no us faré cap spoiler",
    html: "<h2>KEEP1 Crítica sense spoilers</h2><p>KEEP2 No us faré cap spoiler, però el final és rodó.</p>" },
  { lang: "ca", conv: "Parany: l'aleró del cotxe, por dels espòilers",
    html: "<p>KEEP1 El cotxe del protagonista porta un aleró enorme, un spoiler posterior de carreres.</p><p>KEEP2 Molta gent té més por dels espòilers que de les males pel·lícules.</p>" },
  // Hindi
  { lang: "hi", conv: "स्पॉइलर अलर्ट! … स्पॉइलर खत्म",
    html: "<p>KEEP1 लगान आमिर खान की सबसे यादगार फिल्म है।</p><p>स्पॉइलर अलर्ट!</p><p>LEAK1 भुवन की टीम आखिरी गेंद पर मैच जीत जाती है।</p><p>स्पॉइलर खत्म।</p><p>KEEP2 ए आर रहमान का संगीत शानदार है।</p>" },
  { lang: "hi", conv: "अगले पैराग्राफ में स्पॉइलर है",
    html: "<p>KEEP1 सिनेमैटोग्राफी बहुत सुंदर है।</p><p>अगले पैराग्राफ में स्पॉइलर है, अगर आपने फिल्म नहीं देखी है तो इसे छोड़ दें।</p><p>LEAK1 विजय अंत में अपने पिता को पहचान लेता है।</p><p>KEEP2 संगीत भी अच्छा है।</p>" },
  { lang: "hi", conv: "उपशीर्षक «क्लाइमेक्स (स्पॉयलर)»",
    html: "<h2>KEEP1 कहानी</h2><p>KEEP2 एक गांव अंग्रेजों के खिलाफ क्रिकेट खेलता है।</p><h2>क्लाइमेक्स (स्पॉयलर)</h2><p>LEAK1 कैप्टन रसेल हार के बाद अफ्रीका भेज दिया जाता है।</p><h2>KEEP3 फैसला</h2><p>KEEP4 पांच में से चार स्टार।</p>" },
  { lang: "hi", conv: "शीर्षक «(स्पॉइलर के साथ)»", title: "जवान मूवी रिव्यू (स्पॉइलर के साथ)",
    html: "<p>LEAK1 विक्रम राठौर असल में आज़ाद का पिता है।</p>", withheld: true },
  { lang: "hi", conv: "जाल: बिना स्पॉइलर रिव्यू, स्पॉइलर नहीं दूंगा",
    html: "<h2>KEEP1 बिना स्पॉइलर रिव्यू</h2><p>KEEP2 मैं कोई स्पॉइलर नहीं दूंगा, बस इतना कहूंगा कि अंत शानदार है।</p>" },
  { lang: "hi", conv: "जाल: कार का रियर स्पॉइलर, स्पॉइलर से डर",
    html: "<p>KEEP1 हीरो की कार पर बड़ा रियर स्पॉइलर लगा है।</p><p>KEEP2 आजकल दर्शक बुरी फिल्मों से ज्यादा स्पॉइलर से डरते हैं।</p>" },
  // Persian
  { lang: "fa", conv: "هشدار اسپویل! … پایان اسپویل",
    html: "<div dir=\"rtl\"><p>KEEP1 «جدایی نادر از سیمین» بهترین فیلم اصغر فرهادی است.</p><p>هشدار اسپویل!</p><p>LEAK1 ترمه در پایان انتخابش را به قاضی می‌گوید.</p><p>پایان اسپویل.</p><p>KEEP2 بازی لیلا حاتمی درخشان است.</p></div>" },
  { lang: "fa", conv: "پاراگراف بعدی اسپویل دارد",
    html: "<div dir=\"rtl\"><p>KEEP1 فیلمبرداری فیلم زیباست.</p><p>پاراگراف بعدی اسپویل دارد؛ اگر فیلم را ندیده‌اید از آن رد شوید.</p><p>LEAK1 رحیم در پایان به زندان برمی‌گردد.</p><p>KEEP2 موسیقی هم خوب است.</p></div>" },
  { lang: "fa", conv: "میان‌تیتر «پایان فیلم (اسپویلر)»",
    html: "<div dir=\"rtl\"><h2>KEEP1 داستان</h2><p>KEEP2 زوجی برای جدایی به دادگاه می‌روند.</p><h2>پایان فیلم (اسپویلر)</h2><p>LEAK1 راضیه اعتراف می‌کند که قسم دروغ خورده است.</p><h2>KEEP3 جمع‌بندی</h2><p>KEEP4 چهار ستاره از پنج.</p></div>" },
  { lang: "fa", conv: "تیتر «(همراه با اسپویل)»", title: "نقد فیلم قهرمان (همراه با اسپویل)",
    html: "<div dir=\"rtl\"><p>LEAK1 رحیم دوباره به زندان برمی‌گردد.</p></div>", withheld: true },
  { lang: "fa", conv: "تله: نقد بدون اسپویل، اسپویل نمی‌کنم",
    html: "<div dir=\"rtl\"><h2>KEEP1 نقد بدون اسپویل</h2><p>KEEP2 اسپویل نمی‌کنم، فقط بگویم که پایانش غافلگیرکننده است.</p></div>" },
  { lang: "fa", conv: "تله: اسپویلر عقب ماشین، ترس از اسپویل",
    html: "<div dir=\"rtl\"><p>KEEP1 ماشین قهرمان یک اسپویلر عقب بزرگ دارد.</p><p>KEEP2 خیلی‌ها این روزها بیشتر از فیلم بد، از اسپویل می‌ترسند.</p></div>" },
];
}

describe("the lexicons beyond the core languages", () => {
  morePosts.forEach((post, index) => {
    it(`#${index} [${post.lang}] ${post.conv}`, () => checkPost(post));
  });

  it("has at least six posts per language: a marked passage and two traps at least, a title tag, unique convs", () => {
    for (const lang of MORE_LANGUAGES) {
      const posts = morePosts.filter((post) => post.lang === lang);
      expect(posts.length, lang).toBeGreaterThanOrEqual(6);
      expect(posts.some((post) => post.withheld && post.title), lang).toBe(true);
      expect(posts.filter((post) => tokens(post.html, "LEAK").length === 0 && !post.withheld).length, lang).toBeGreaterThanOrEqual(2);
    }
    expect(new Set(morePosts.map((post) => post.lang))).toEqual(new Set(MORE_LANGUAGES));
    expect(new Set(morePosts.map((post) => post.conv)).size).toBe(morePosts.length);
  });
});

describe("every lexicon module", () => {
  it("is listed in LEXICONS, and LEXICONS holds nothing else", () => {
    expect(MODULE_LANGUAGES.length).toBeGreaterThanOrEqual(30);
    const exported = MODULE_LANGUAGES.map((lang) => MODULES[Object.keys(MODULES).find((file) => file.endsWith(`/${lang}.ts`))!]![lang]);
    for (const [i, lexicon] of exported.entries()) expect(LEXICONS.includes(lexicon!), MODULE_LANGUAGES[i]).toBe(true);
    expect(LEXICONS.length).toBe(MODULE_LANGUAGES.length);
  });

  it("has a test corpus: the core corpus for the core languages, this file's for the rest", () => {
    const covered = new Set([...corpus.map((post) => post.lang), ...morePosts.map((post) => post.lang)]);
    for (const lang of MODULE_LANGUAGES) expect(covered.has(lang), `${lang} has no corpus`).toBe(true);
    expect(new Set(corpus.map((post) => post.lang))).toEqual(new Set(CORE_LANGUAGES));
    expect([...CORE_LANGUAGES, ...MORE_LANGUAGES].sort()).toEqual([...MODULE_LANGUAGES].sort());
  });
});
