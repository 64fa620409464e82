// Issue 11's families beyond the corpus: warnings that never say "spoiler", the section a span
// may not leave, code kept byte for byte, shortcodes gone whole, one notice per removed section,
// and whole-post flags read from the title and first block only.
import { describe, expect, it } from "vitest";
import { prepareDigest } from "../../../src/core/digest";
import { detectWholeReviewFlag, removeSpoilers } from "../../../src/core/spoilers";
import type { Review } from "../../../src/core/types";
import { countNotices, plainText } from "./helpers";

const link = "https://critic.test/post";

function review(title: string, html: string): Review {
  return { id: link, link, title, categories: [], html, source: "generic", containsSpoilers: false };
}

/** Removes spoilers through the digest path; returns the HTML and text parts. */
function digestOf(html: string, title = "A review"): { html: string; text: string } {
  return prepareDigest([review(title, html)]).digest;
}

/** Every LEAKn gone from both parts of the email, every KEEPn in both. */
function expectTokens(html: string, title?: string): void {
  const { html: out, text } = digestOf(html, title);
  for (const part of [out, text]) {
    for (const leak of html.match(/LEAK\d/g) ?? []) expect(part).not.toContain(leak);
    for (const keep of html.match(/KEEP\d/g) ?? []) expect(part).toContain(keep);
  }
}

const neverSaySpoiler: Array<[string, string]> = [
  ["discusses the ending", "<p>KEEP1 A quiet film.</p><p>The following discusses the ending.</p><p>LEAK1 She stays.</p>"],
  ["below, I discuss the twist", "<p>KEEP1 A quiet film. Below, I discuss the twist.</p><p>LEAK1 He was dead.</p>"],
  ["let's talk about the ending (a heading)", "<h2>KEEP1 Review</h2><p>KEEP2 Good.</p><h2>Let's talk about the ending</h2><p>LEAK1 The boat sinks.</p><h2>KEEP3 Score</h2>"],
  ["if you haven't seen it, stop reading", "<p>KEEP1 Worth it.</p><p>If you haven't seen the film, stop reading here.</p><p>LEAK1 The twins swap.</p>"],
  ["stop reading now if you have not seen it", "<p>KEEP1 Worth it.</p><p>Stop reading now if you have not seen it yet.</p><p>LEAK1 The twins swap.</p>"],
  ["look away now", "<p>KEEP1 Worth it.</p><p>Look away now.</p><p>LEAK1 The dog survives.</p>"],
  ["after the jump", "<p>KEEP1 Short version: great. More after the jump.</p><p>LEAK1 The mother did it.</p>"],
  ["here be twists", "<p>KEEP1 Great.</p><p>Here be twists.</p><p>LEAK1 The map is fake.</p>"],
];

describe("warnings that never say spoiler", () => {
  it.each(neverSaySpoiler)("%s opens a span", (_name, html) => {
    const { html: out, text } = digestOf(html);
    expect(out).not.toContain("LEAK1");
    expect(text).not.toContain("LEAK1");
    for (const keep of html.match(/KEEP\d/g) ?? []) {
      expect(out).toContain(keep);
      expect(text).toContain(keep);
    }
  });

  it.each([
    ["talk about endings in general", "<p>It has a satisfying ending.</p><p>The twist lands.</p>"],
    ["a reveal with nothing pointing ahead", "<p>The film reveals the twist slowly.</p><p>More.</p>"],
    ["look away, the verb", "<p>I could not look away from the screen.</p><p>More.</p>"],
  ])("%s is not a marker", (_name, html) => {
    const result = removeSpoilers(html, { link });
    expect(result.removed).toEqual([]);
    expect(result.html).toBe(html);
  });
});

describe("scope", () => {
  it("a span opened in a section ends with it, even without a closer", () => {
    const { html } = removeSpoilers("<h2>KEEP1</h2><p>Spoilers follow.</p><p>LEAK1.</p><h3>LEAK2 sub</h3><p>LEAK3.</p><h2>KEEP2</h2><p>KEEP3.</p>", { link });
    expect(plainText(html)).not.toMatch(/LEAK/);
    for (const keep of ["KEEP1", "KEEP2", "KEEP3"]) expect(html).toContain(keep);
  });

  it("a closer in a later section does not stretch the span", () => {
    const { html } = removeSpoilers("<h2>KEEP1</h2><p>Spoilers ahead.</p><p>LEAK1.</p><h2>KEEP2</h2><p>KEEP3.</p><p>End of spoilers.</p><p>KEEP4.</p>", { link });
    expect(html).not.toContain("LEAK1");
    for (const keep of ["KEEP2", "KEEP3", "KEEP4"]) expect(html).toContain(keep);
  });
});

// A bare label with its spoiler on the same line names that line's text; a warning may run on.
const labelLines: Array<[string, string]> = [
  ["en 'Spoiler:'", "<p>KEEP1 Great cast.</p><p><strong>Spoiler:</strong> LEAK1 the pilot survives.</p><p>KEEP2 Four stars.</p>"],
  ["en list item 'Spoiler:'", "<ul><li>KEEP1 Pro: the score.</li><li>Spoiler: LEAK1 the dog dies.</li><li>KEEP2 Con: the length.</li></ul><p>KEEP3 Verdict: see it.</p>"],
  ["es '(Spoiler)'", "<p>KEEP1 Me gustó.</p><p>(Spoiler) LEAK1 El hermano es el asesino.</p><p>KEEP2 Muy recomendable.</p>"],
  ["fr 'Spoiler :' with a no-break space", "<p>KEEP1 Superbe.</p><p>Spoiler\u00A0: LEAK1 le père meurt.</p><p>KEEP2 À voir.</p>"],
  ["de 'Spoiler:'", "<p>KEEP1 Stark gespielt.</p><p>Spoiler: LEAK1 Die Mutter lügt.</p><p>KEEP2 Fazit: sehenswert.</p>"],
  ["ja 'ネタバレ：'", "<p>KEEP1 映像が美しい。</p><p>ネタバレ：LEAK1 犯人は兄だった。</p><p>KEEP2 おすすめです。</p>"],
  ["ko '스포)'", "<p>KEEP1 연기가 좋았어요.</p><p>스포) LEAK1 주인공이 죽습니다.</p><p>KEEP2 추천합니다.</p>"],
];

const warningLines: Array<[string, string]> = [
  ["en 'Spoiler warning:'", "<p>KEEP1 Great cast.</p><p>Spoiler warning: LEAK1 the pilot survives.</p><p>LEAK2 And the tower falls.</p>"],
  ["de 'Spoilerwarnung:'", "<p>KEEP1 Stark.</p><p>Spoilerwarnung: LEAK1 Die Mutter lügt.</p><p>LEAK2 Der Vater auch.</p>"],
  ["en 'Spoilers:' alone on its line", "<p>KEEP1 Great cast.</p><p>Spoilers:</p><p>LEAK1 The pilot survives.</p><p>LEAK2 The tower falls.</p>"],
];

describe("a label carrying its spoiler", () => {
  it.each(labelLines)("%s hides its own paragraph or item, and only that", (_name, html) => {
    const { html: out, text } = digestOf(html);
    for (const part of [out, text]) {
      expect(part).not.toContain("LEAK1");
      for (const keep of html.match(/KEEP\d/g) ?? []) expect(part).toContain(keep);
    }
  });

  it.each(warningLines)("%s runs on to the end of its section", (_name, html) => {
    const { html: out, text } = digestOf(html);
    for (const part of [out, text]) {
      expect(part).toContain("KEEP1");
      for (const leak of html.match(/LEAK\d/g) ?? []) expect(part).not.toContain(leak);
    }
  });
});

// Content shown only when a button naming spoilers is clicked, and markers that close with their bracket or their scope.
const toggles: Array<[string, string]> = [
  ["a Bootstrap button and its .collapse", "<p>KEEP1 Good.</p><p><button class=\"btn\" data-bs-toggle=\"collapse\" data-bs-target=\"#s\">Show spoiler</button></p><div class=\"collapse\" id=\"s\"><div class=\"card\">LEAK1 She dies.</div></div><p>KEEP2 Four stars.</p>"],
  ["a forum box: 'Spoiler' and an input button beside a display:none div, text right after it", "<div>KEEP1 Seen it. <div><div><b>Spoiler</b> <input type=\"button\" value=\"Show\"></div><div class=\"alt2\"><div style=\"display: none;\">LEAK1 The father lied.</div></div></div>KEEP2 Great camera work.</div>"],
  ["a hidden-attribute panel after 'Spoiler anzeigen'", "<p>KEEP1 Stark.</p><p><a href=\"#x\">Spoiler anzeigen</a></p><div hidden id=\"x\"><p>LEAK1 Die Mutter lügt.</p></div><p>KEEP2 Fazit: sehenswert.</p>"],
  ["'(Spoiler: …)' in a paragraph ends at its bracket", "<p>KEEP1 A fine genre film. (Spoiler: LEAK1 the boy runs into the forest.) KEEP2 The score is superb.</p><p>KEEP3 Go.</p>"],
  ["'[Spoiler: …]' in a paragraph ends at its bracket", "<p>KEEP1 Muy buena. [Spoiler: LEAK1 el hermano es el asesino.] KEEP2 La música es genial.</p>"],
  ["a scoped sentence that also names the ending hides just its paragraph (ja)", "<p>KEEP1 映像が美しい。</p><p>※次の段落は結末に触れています。</p><p>LEAK1 最後は海辺で終わります。</p><p>KEEP2 おすすめです。</p>"],
  ["a scoped sentence that also warns hides just its paragraph (en)", "<p>KEEP1 Lovely.</p><p>Spoiler warning: the next paragraph discusses the ending.</p><p>LEAK1 She leaves.</p><p>KEEP2 Four stars.</p>"],
];

toggles.push(["black-on-black text, as TV Tropes and forums redact", "<p>KEEP1 The killer is <span style=\"color:#000;background-color:black\">LEAK1 the butler</span>. KEEP2 Great.</p>"]);

const notToggles: Array<[string, string]> = [
  ["text on a background of another colour stays", "<p>KEEP1 Good. <span style=\"color:#333;background:#ffe\">KEEP2 a highlighted quote</span>.</p>"],
  ["a display:none element nobody labels as a spoiler stays", "<p>KEEP1 Good.</p><div style=\"display:none\">KEEP2 hidden preview text</div><p>KEEP3 Four stars.</p>"],
  ["'(Spoilers)' alone still opens a span", "<p>KEEP1 Good.</p><p>(Spoilers)</p><p>LEAK1 He dies.</p>"],
];

const moreConventions: Array<[string, string, string?]> = [
  ["en: not seen + 'bookmark this and come back', closed by 'for those who skipped ahead'", "<p>KEEP1 Sharp.</p><p>If you haven't seen it yet, bookmark this and come back after.</p><p>LEAK1 She is a robot.</p><p>For those who skipped ahead, welcome back.</p><p>KEEP2 Three stars.</p>"],
  ["en: a not-seen question, then 'stop reading' in its own sentence", "<p>KEEP1 Sharp.</p><p>Haven't seen the film? You should stop reading now.</p><p>LEAK1 She is a robot.</p>"],
  ["nl: 'Nog niet gezien? Lees dan niet verder.'", "<p>KEEP1 Mooi.</p><p>Nog niet gezien? Lees dan niet verder.</p><p>LEAK1 Hij sterft.</p>"],
  ["pt: 'quem não viu pode pular para o próximo intertítulo' hides the rest of its section", "<h2>KEEP1 O filme</h2><p>KEEP2 Ótimo.</p><h2>KEEP3 O desfecho</h2><p>Quem ainda não viu pode pular para o próximo intertítulo.</p><p>LEAK1 Ela é absolvida.</p><h2>KEEP4 Veredito</h2><p>KEEP5 Cinco estrelas.</p>"],
  ["zh: '以下涉及劇情'", "<p>KEEP1 很好看。</p><p>以下涉及劇情，請自行斟酌</p><p>LEAK1 兇手是秘書。</p>"],
  ["ko: '(스포 방지 여백)' spoiler space, closed by '스포 끝'", "<p>KEEP1 좋았어요.</p><p>(스포 방지 여백)</p><p>​</p><p>LEAK1 범인은 왕이었어요.</p><p>스포 끝!</p><p>KEEP2 추천해요.</p>"],
  ["ko: title '(스포 有)' withholds the post", "<p>LEAK1 마지막에 모두 죽어요.</p>", "영화 〈하얼빈〉 후기 (스포 有)"],
  ["tr: Ekşi's '--- spoiler ---' line closes the span it opened, within one entry", "<div>KEEP1 güzel film.<br><br>--- spoiler ---<br><br>LEAK1 sonunda ölür.<br><br>--- spoiler ---<br><br>KEEP2 tavsiye ederim.</div>"],
  ["tr: the same line closes it across paragraphs too", "<p>KEEP1 güzel film.</p><p>--- spoiler ---</p><p>LEAK1 sonunda ölür.</p><p>--- spoiler ---</p><p>KEEP2 tavsiye ederim.</p>"],
  ["en: a series' 'if you're not caught up, turn back now' takes its whole sentence", "<p>KEEP1 Great episode.</p><p>If you're not caught up, turn back now.</p><p>LEAK1 Helly is Helena.</p>"],
  ["es: 'si no vas al día con la serie, deja de leer aquí'", "<p>KEEP1 Buen episodio.</p><p>Si no vas al día con la serie, deja de leer aquí.</p><p>LEAK1 Helly es Helena.</p>"],
  ["fr: 'si vous n'êtes pas à jour, arrêtez-vous ici'", "<p>KEEP1 Super épisode.</p><p>Si vous n’êtes pas à jour, arrêtez-vous ici.</p><p>LEAK1 Helly est Helena.</p>"],
  ["th: a warning with no space around it, ending in a polite particle", "<p>KEEP1 ดีมาก</p><p>รีวิวหนังเรื่องนี้มีสปอยล์นะครับ</p><p>LEAK1 เขาตาย</p>"],
  ["th: a scoped warning run into the rest of its sentence", "<p>KEEP1 ดีมาก</p><p>ย่อหน้าถัดไปมีสปอยล์ใครยังไม่ได้ดูข้ามไปเลย</p><p>LEAK1 เขาตาย</p><p>KEEP2 แนะนำ</p>"],
  ["ar: the Arabic comma ends a closer's phrase", "<p>KEEP1 جيد.</p><p>تحذير: حرق للأحداث!</p><p>LEAK1 يموت البطل.</p><p>نهاية الحرق، والآن إلى التقييم.</p><p>KEEP2 أنصح به.</p>"],
  ["ru: 'ещё не досмотрели' with ё, then 'дальше не читайте'", "<p>KEEP1 Хороший сезон.</p><p>Если вы ещё не досмотрели сезон — дальше не читайте.</p><p>LEAK1 Герой погибает.</p>"],
  ["tr: 'henüz izlemediyseniz burada okumayı bırakın'", "<p>KEEP1 Güzel dizi.</p><p>Diziyi henüz izlemediyseniz burada okumayı bırakın.</p><p>LEAK1 Kahraman ölür.</p>"],
  ["tr: title '(Spoiler'lı)' withholds the post", "<p>LEAK1 Sonunda ölür.</p>", "Yalı Çapkını 3. sezon finali (Spoiler'lı)"],
  ["zh: title ending in '有雷' withholds the post", "<p>LEAK1 兇手是秘書。</p>", "[心得] 周處除三害 有雷"],
  ["es: a podcast timestamp, 'a partir del 25:40 destripamos el final'", "<p>KEEP1 Notas del episodio.</p><p>A partir del 25:40 destripamos el final:</p><p>LEAK1 El hermano es el asesino.</p>"],
  ["en trap: a question, then 'stop reading' about something else", "<p>KEEP1 Good. Have you seen it? I have not. Stop reading my blog if you disagree.</p><p>KEEP2 He lives.</p>"],
  ["ko trap: '스포 방지를 위해' (to avoid spoilers) marks nothing", "<p>KEEP1 스포 방지를 위해 결말은 쓰지 않겠습니다.</p><p>KEEP2 배우들이 좋았어요.</p>"],
];

// Everyday English ways to open a span, and the ways other languages say "for those who've seen it".
const everyday = [
  "Warning: this review discusses the ending.", "Okay, spoiler time.", "Here's where I spoil everything.",
  "Don't read on if you haven't watched the finale.", "From this point on: spoilers.", "Consider this your spoiler warning.",
  "You have been warned: spoilers.", "Proceed with caution if you haven't seen it.", "Read on only if you've seen the film.",
  "This next part is for people who have seen it.", "For those who have seen it:", "Everything below is a spoiler.",
  "Para quienes ya la vieron:", "Pour ceux qui l’ont vu :", "Für alle, die den Film schon gesehen haben:",
  "Per chi l’ha già visto:", "Para quem já viu:", "ここから先は鑑賞済みの方向け", "영화를 보신 분들만 읽어주세요.",
  "Si no quieres saber cómo acaba, deja de leer aquí.", "Lo que sigue destripa la película entera.", "Quien no la haya visto, que no siga leyendo.",
  "Todo lo que viene a continuación es spoiler.", "Si vous ne voulez pas connaître la fin, arrêtez-vous là.", "À partir d’ici, je dévoile tout.",
  "Ceux qui ne l’ont pas vu peuvent sauter ce passage.", "Wer das Ende nicht wissen will, sollte hier aufhören.", "Achtung, jetzt verrate ich das Ende.",
  "Jetzt kommen die Spoiler.", "Se non volete sapere come finisce, fermatevi qui.", "Se não quer saber o final, pare de ler aqui.", "Quem não viu, pule esta parte.",
  "まだ観ていない人はここで読むのをやめてください。",
];
for (const marker of everyday) moreConventions.push([`'${marker}' opens a span`, `<p>KEEP1 A strong film.</p><p>${marker}</p><p>LEAK1 The captain dies.</p>`]);
moreConventions.push(
  ["en trap: 'For those who have seen the original, …' inside a sentence", "<p>KEEP1 For those who have seen the original, the remake will feel familiar.</p><p>KEEP2 Four stars.</p>"],
  ["en trap: 'discusses the ending without spoiling it'", "<p>KEEP1 This review discusses the ending without spoiling it.</p><p>KEEP2 Four stars.</p>"],
  ["en trap: 'Be warned: it is long. Do not read on if you are squeamish.'", "<p>KEEP1 Be warned: it is long. Do not read on if you are squeamish.</p><p>KEEP2 Four stars.</p>"],
  ["pt trap: 'Para quem já viu o original, …' inside a sentence", "<p>KEEP1 Para quem já viu o original, o remake é familiar.</p><p>KEEP2 Bom.</p>"],
);

// A span opened in a list item stays in that item, nested list included; a marker that is its
// whole item names the items after it, and stays in its list.
moreConventions.push(
  ["en: 'Spoiler:' item and an item whose nested list holds the spoilers", "<ol><li>KEEP1 The score.</li><li><strong>Spoiler:</strong> LEAK1 Ada was the informant.</li><li>KEEP2 The cameo.</li><li>The last scene (spoilers, skip this one if you're not caught up):<ul><li>LEAK2 The orchard burns.</li></ul></li><li>KEEP3 Season two.</li></ol><p>KEEP4 See you.</p>"],
  ["fr: '[Spoiler]' item, then 'Spoilers sur la fin :' with a nested list", "<ul><li>KEEP1 Omar Sy.</li><li><strong>[Spoiler]</strong> LEAK1 Pellegrini finit en prison.</li><li>KEEP2 Les flashbacks.</li><li>Spoilers sur la fin :<ul><li>LEAK2 Assane se laisse arrêter.</li></ul></li><li>KEEP3 La musique.</li></ul><p>KEEP4 Verdict : 7/10.</p>"],
  ["ja: '【ネタバレ】' item", "<ul><li>KEEP1 映像が良い。</li><li>【ネタバレ】LEAK1 犯人は兄。</li><li>KEEP2 音楽も良い。</li></ul><p>KEEP3 おすすめ。</p>"],
  ["en: a 'Spoilers' item alone names the items after it, and stays in its list", "<ul><li>KEEP1 Great score.</li><li>Spoilers:</li><li>LEAK1 He dies.</li><li>LEAK2 She lives.</li></ul><p>KEEP2 Four stars.</p>"],
);

moreConventions.push(
  ["pt: a <br>-only post with two opener … closer spans", "<div>KEEP1 Ontem assisti.<br><br><b>ALERTA DE SPOILER</b><br><br>LEAK1 Oliver planejou tudo.<br><br><b>FIM DO SPOILER</b><br><br>KEEP2 Rosamund Pike.<br><br><b>ALERTA DE SPOILER</b><br>LEAK2 A última cena.<br><b>FIM DO SPOILER</b><br><br>KEEP3 Nota 8.</div>"],
  ["en: 'Spoiler for last week's pick: …' names what follows its colon", "<p>KEEP1 Good week.</p><p>Spoiler for last week's pick: LEAK1 the husband never shows up.</p><p>KEEP2 See you.</p>"],
  ["fr: « Divulgâcheur pour son premier film : … »", "<p>KEEP1 Bonne semaine.</p><p>Divulgâcheur pour son premier film : LEAK1 Sophia garde le bébé.</p><p>KEEP2 À bientôt.</p>"],
  ["vi: 'Đoạn văn tiếp theo tiết lộ cái kết' hides just the next paragraph", "<p>KEEP1 Phim hay.</p><p>Đoạn văn tiếp theo tiết lộ cái kết, ai chưa xem phim thì lướt qua nhé.</p><p>LEAK1 Bà Nữ tha thứ.</p><p>KEEP2 Điểm 6,5.</p>"],
  ["en trap: 'Spoilers for the finale are everywhere: …' is talk", "<p>KEEP1 Spoilers for the finale are everywhere online. KEEP2 I avoided them.</p><p>KEEP3 Good.</p>"],
);

// A heading naming spoilers, answered at once: "None.", "Spoiler warning? Not needed".
moreConventions.push(
  ["en: '## Spoilers' answered 'None.' marks nothing", "<p>KEEP1 Good.</p><h2>Spoilers</h2><p>None. I checked twice.</p><p>KEEP2 Four stars.</p>"],
  ["de: '## Spoilerwarnung? Nicht nötig' marks nothing", "<p>KEEP1 Gut.</p><h2>Spoilerwarnung? Nicht nötig</h2><p>KEEP2 Über die Handlung verrate ich nichts.</p>"],
  ["ko: '### 스포일러' answered '없습니다.' marks nothing", "<p>KEEP1 좋아요.</p><h3>스포일러</h3><p>없습니다. 걱정 마세요.</p><p>KEEP2 별점 4점.</p>"],
  ["en: '## Spoilers' over real content still hides it", "<p>KEEP1 Good.</p><h2>Spoilers</h2><p>LEAK1 No one survives the night.</p><h2>KEEP2 Verdict</h2>"],
);

moreConventions.push(
  ["ko: a marker inside a quotation covers only the quotation", "<p>KEEP1 좋아요.</p><blockquote><p><b>스포 주의</b></p><p>LEAK1 범인은 형이에요.</p></blockquote><p>KEEP2 별점 4점.</p>"],
  ["fr: a marker inside a pull quote covers only the pull quote", "<p>KEEP1 Superbe.</p><aside class=\"pullquote\"><p>Attention, divulgâcheur : LEAK1 il meurt.</p></aside><p>KEEP2 À voir.</p>"],
  ["en: a quotation that only warns announces what follows it", "<p>KEEP1 Good.</p><blockquote><p>⚠️ Spoilers ahead</p></blockquote><p>LEAK1 He dies.</p>"],
  ["es: '(Spoilers leves)' mid-paragraph hides the rest of its paragraph", "<p>KEEP1 Muy buena. (Spoilers leves) LEAK1 Su personaje traiciona a todos.</p><p>KEEP2 Cuatro estrellas.</p>"],
  ["zh: '剧透警报拉响' … '警报解除'", "<p>KEEP1 好看。</p><p>🚨 前方高能，剧透警报拉响！🚨</p><p>LEAK1 老陈死了。</p><p>🚨 警报解除。🚨</p><p>KEEP2 推荐。</p>"],
  ["hu: 'Aki még nem látta, ne olvasson tovább'", "<p>KEEP1 Jó film.</p><p>Aki még nem látta, ne olvasson tovább: most lelövöm a poént.</p><p>LEAK1 A gyilkos a testvér.</p>"],
);

// Natural phrasing from blind probe 10: a label closing its clause, onward openers mid-paragraph.
moreConventions.push(
  ["ru: '… — спойлеры.' closing a paragraph warns of what follows", "<p>KEEP1 Хороший фильм, и тут придётся рассказать о финале — спойлеры.</p><p>LEAK1 Герой погибает.</p>"],
  ["de: '… – Spoiler!' closing a paragraph, closed by 'genug gespoilert'", "<p>KEEP1 Starker Film, und hier muss ich übers Ende reden – Spoiler!</p><p>LEAK1 Er stirbt.</p><p>So, genug gespoilert.</p><p>KEEP2 Fazit: sehenswert.</p>"],
  ["pt: 'Daqui pra frente tem spoiler.' mid-paragraph runs on past it", "<p>KEEP1 Bom filme.</p><p>KEEP2 Ótimo elenco. Daqui pra frente tem spoiler. LEAK1 Ele morre.</p><p>LEAK2 Ela foge.</p>"],
  ["en: 'Fair warning: from here on I'm spoiling things.' … 'That's it for spoilers.'", "<p>KEEP1 Great. Fair warning: from here on I'm spoiling things. LEAK1 He dies.</p><p>LEAK2 She lives.</p><p>That's it for spoilers.</p><p>KEEP2 Four stars.</p>"],
  ["pl: 'dwa kolejne akapity zdradzają zakończenie'", "<p>KEEP1 Dobry.</p><p>Uwaga, dwa kolejne akapity zdradzają zakończenie.</p><p>LEAK1 Ginie.</p><p>LEAK2 Ona ucieka.</p><p>KEEP2 Polecam.</p>"],
  ["en: a hyphen inside a word is no clause break ('spoiler-free (mild spoiler warning): …', found by the property test)", "<p>KEEP1 spoiler-free (mild spoiler warning): LEAK1 trigger warning.</p><p>KEEP2 the [spoiler]LEAK2 the[/spoiler] KEEP3.</p>"],
  ["es: the author's clause before '…, y aquí tengo que hablar del final, con spoilers.' stays", "<p>KEEP1 Bonita.</p><p>KEEP2 La directora filma el pueblo como si fuera a desaparecer mañana, y aquí tengo que hablar del final, con spoilers.</p><p>LEAK1 La abuela nunca salió del barco.</p>"],
  ["en trap: 'I watched it twice, without spoilers.' marks nothing", "<p>KEEP1 I watched it twice, without spoilers.</p><p>KEEP2 Great.</p>"],
  ["en: the title '…: full spoiler discussion' withholds the post", "<p>LEAK1 He dies.</p>", "Severance, episode 9: full spoiler discussion"],
);

describe("more conventions from blind probe 6", () => {
  it.each(moreConventions)("%s", (_name, html, title) => {
    expectTokens(html, title);
    if (title) expect(prepareDigest([review(title, html)]).reviews[0]!.withheld).toBe(true);
  });
});

describe("toggles, brackets and scopes", () => {
  it.each([...toggles, ...notToggles])("%s", (_name, html) => {
    expectTokens(html);
  });
});

describe("code and shortcodes", () => {
  it("keeps the text around code byte for byte", () => {
    const html = "<p>Type <code>&gt;!x!&lt;</code> here, not <code>||y||</code>, and <kbd>[spoiler]</kbd> too.</p>";
    expect(removeSpoilers(html, { link }).html).toBe(html);
  });

  it.each([
    ["[su_spoiler title=\"Ending\" style=\"fancy\" icon=\"plus\"]LEAK1[/su_spoiler]"],
    ["[spoiler title='Twist']LEAK1[/spoiler]"],
    ["[spoiler title=\"a ] b\" open=\"no\"]LEAK1[/spoiler]"],
    ["[su_spoiler title=\"Outer\"]LEAK1 [su_spoiler title=\"Inner\"]LEAK2[/su_spoiler] LEAK3[/su_spoiler]"],
  ])("%s disappears whole, no bracket debris", (shortcode) => {
    const { html } = removeSpoilers(`<p>KEEP1 before.</p><p>${shortcode}</p><p>KEEP2 after.</p>`, { link });
    expect(html).not.toMatch(/LEAK|\[|\]|title=|style=/);
    expect(html).toContain("KEEP1");
    expect(html).toContain("KEEP2");
    expect(countNotices(html)).toBe(1);
  });

  it("a shortcode across paragraphs takes what lies between", () => {
    const { html } = removeSpoilers("<p>KEEP1.</p><p>[su_spoiler title=\"Ending\"]</p><p>LEAK1.</p><p>[/su_spoiler]</p><p>KEEP2.</p>", { link });
    expect(html).not.toMatch(/LEAK1|su_spoiler/);
    expect(html).toContain("KEEP2");
  });
});

describe("notices", () => {
  it("an inline spoiler ending a paragraph and a spoiler section after it get a notice each; the full stop stays", () => {
    const { html } = removeSpoilers("<p>KEEP1 It ends [spoiler]LEAK1 badly[/spoiler].</p><h2>Spoilers</h2><p>LEAK2.</p><h2>KEEP2</h2><p>KEEP3.</p>", { link });
    expect(html).not.toMatch(/LEAK/);
    expect(countNotices(html)).toBe(2);
    expect(plainText(html)).toMatch(/KEEP1 It ends .*\]\.$/m);
  });
});

describe("whole-post flags", () => {
  it.each([
    ["Spoilers: Dune Part Two", "Spoilers:"],
    ["Dune Part Two (spoiler review)", "(spoiler review)"],
    ["Crítica con spoilers: Dune", "Crítica con spoilers"],
    ["Dune – critique (avec spoilers)", "(avec spoilers)"],
    ["Dune: Kritik mit Spoilern", "Kritik mit Spoilern"],
    ["[SPOILER] Dune, parte due", "[SPOILER]"],
    ["[스포] 듄 파트2 후기", "[스포]"],
    ["映画『デューン』ネタバレ感想", "ネタバレ感想"],
  ])("%s", (title, trigger) => {
    expect(detectWholeReviewFlag(review(title, "<p>Body.</p>"))).toBe(trigger);
  });

  it.each([
    ["a title about spoilers", "Why I stopped worrying about spoilers in reviews"],
    ["the film Spoiler Alert", "Spoiler Alert"],
    ["a spoiler-free title", "Dune (sin spoilers)"],
    ["ネタバレなし", "【ネタバレなし】映画『怪物』感想"],
  ])("not %s", (_name, title) => {
    expect(detectWholeReviewFlag(review(title, "<p>Body.</p>"))).toBeUndefined();
  });

  it("reads no flag from WordPress's footer repeating a title", () => {
    const html = "<p>KEEP1 A review.</p><p>KEEP2 More.</p><p>The post [Spoilers] Dune explained appeared first on Critic Blog.</p>";
    const [result] = prepareDigest([review("Dune explained", html)]).reviews;
    expect(result!.withheld).toBe(false);
    expect(result!.html).toContain("KEEP1");
    expect(result!.html).toContain("KEEP2");
  });

  it("reads a Mastodon content warning naming spoilers from the first block only", () => {
    const flagged = "<p><strong>Content warning:</strong> Dune spoilers</p><hr /><p>LEAK1 Paul wins.</p>";
    expect(detectWholeReviewFlag(review("", flagged))).toBe("Content warning: Dune spoilers");
    const other = "<p><strong>Content warning:</strong> violence</p><hr /><p>KEEP1 Gory but good.</p>";
    expect(detectWholeReviewFlag(review("", other))).toBeUndefined();
  });
});

// Each rule from blind probe 16 and precision corpus 3, tried on wording of our own.
const informal: Array<[string, string, string?]> = [
  ["en: 'SPOILERRRR ALERT!' with a letter held down", "<p>KEEP1 Fine.</p><p>SPOILERRRR ALERT!</p><p>LEAK1 He dies.</p><p>End spoilers.</p><p>KEEP2 Go.</p>"],
  ["en: a '/// spoilers ///' banner opens; '/spoilers' against the word closes", "<p>KEEP1 Fine.</p><p>/// spoilers ///</p><p>LEAK1 He dies.</p><p>/spoilers</p><p>KEEP2 Go.</p>"],
  ["en: 'Spoilers (the mid-credits scene)' on its own line", "<p>KEEP1 Fine.</p><p>~~ Spoilers (the mid-credits scene) ~~</p><p>LEAK1 He lives.</p>"],
  ["en: 'skip to the verdict' ends the span at the Verdict heading", "<p>KEEP1 Fine.</p><p>Spoilers below: if you have not seen it, skip to the verdict.</p><h2>Plot</h2><p>LEAK1 He dies.</p><h2>Verdict</h2><p>KEEP2 Four stars.</p>"],
  ["en: 'skip to the ending' does not end the span at 'The ending'", "<p>KEEP1 Fine.</p><p>Spoilers below: if you have not seen it, skip to the ending.</p><h2>Plot</h2><p>LEAK1 He dies.</p><h2>The ending</h2><p>LEAK2 She lives.</p>"],
  ["en trap: 'Next week on the podcast, with spoilers.'", "<p>KEEP1 Fine.</p><p>Next week on the podcast we go through it with spoilers.</p><p>KEEP2 Thanks for reading.</p>"],
  ["fr: '[spoil]…[/spoil]' from a forum", "<p>KEEP1 Revu hier.</p><p>[spoil]LEAK1 Le corps disparaît.[/spoil] KEEP2 Superbe copie.</p>"],
  ["es: 'Ya pasó el spoileo' closes 'Aquí viene spoileo'", "<p>KEEP1 Buenísima.</p><p>Aquí viene spoileo</p><p>LEAK1 Muere el padre.</p><p>Ya pasó el spoileo</p><p>KEEP2 Véanla.</p>"],
  ["ko: 'ㅅㅍ 주의' … 'ㅅㅍ 끝'", "<p>KEEP1 재밌음</p><p>ㅅㅍ 주의</p><p>LEAK1 범인은 형이었음</p><p>ㅅㅍ 끝</p><p>KEEP2 추천</p>"],
  ["de trap: 'nächste Woche im Podcast, dann mit Spoilern'", "<p>KEEP1 Stark.</p><p>Nächste Woche reden wir im Podcast darüber, dann mit Spoilern.</p><p>KEEP2 Bis dann.</p>"],
];

describe("informal conventions from blind probe 16 and precision corpus 3", () => {
  it.each(informal)("%s", (_name, html, title) => {
    expectTokens(html, title);
  });
});

describe("rules from blind probe 17, on wording of our own", () => {
  it.each([
    ["Dune: Part Two (Spoiler Alert)", true],
    ["Dune [Review & Spoilers]", true],
    ["[Review + Spoiler] Dune", true],
    ["Why spoiler alerts fail (an essay)", false],
    ["Dune (review, no spoilers)", false],
    ["[Review] Dune", false],
  ] as const)("title %j withholds the body: %s", (title, withheld) => {
    expect(prepareDigest([review(title, "<p>KEEP1 The body.</p>")]).reviews[0]!.withheld).toBe(withheld);
  });

  it.each([
    ["a bracketed label does not pair with a direction outside it", "<p>KEEP1 The plot hinges on the heist (spoiler: LEAK1 the banker planned it) KEEP2 and from here on it is pure fun.</p><p>KEEP3 Go.</p>"],
    ["a bracket closed between label and direction still pairs them", "<p>KEEP1 Fine.</p><p>Spoilers (mild) ahead.</p><p>LEAK1 He dies.</p>"],
    ["a class naming a spoil box (Pantip)", "<div><p>KEEP1 Fine.</p><div class=\"spoil-btn-wrapper\"><a class=\"spoil-btn\">[Spoil] click</a><div class=\"spoil-style\" style=\"display:none\">LEAK1 The ghost is the mother.</div></div><p>KEEP2 8/10.</p></div>"],
    ["sv: 'nu kan alla läsa igen' closes", "<p>KEEP1 Bra.</p><p>Spoilers nedan!</p><p>LEAK1 Han dör.</p><p>Okej, nu kan alla läsa igen.</p><p>KEEP2 Se den.</p>"],
  ])("%s", (_name, html) => {
    expectTokens(html);
  });
});

describe("rules from blind probe 19, on wording of our own", () => {
  it.each([
    ["a banner's own decoration closes its span", "<p>KEEP1 Fine.</p><p>⚠️⚠️ spoilers ⚠️⚠️</p><p>LEAK1 He dies.</p><p>⚠️⚠️</p><p>KEEP2 Go.</p>"],
    ["'spoilers below the fold' opens a span", "<p>KEEP1 Fine.</p><p>spoilers below the fold</p><p>LEAK1 He dies.</p>"],
    ["a thread's 'spoiler in the next one'", "<p>1/3 KEEP1 Fine.</p><p>2/3 spoiler in the next one</p><p>3/3 LEAK1 He dies.</p><p>KEEP2 Thanks for reading.</p>"],
    ["«(spoil : …)» in a sentence", "<p>KEEP1 Le film est beau (spoil : LEAK1 il meurt) KEEP2 et la musique aussi.</p>"],
  ])("%s", (_name, html) => {
    expectTokens(html);
  });

  it.each([
    ["#spoilers #Dune", true],
    ["#Dune #spoilers", true],
    ["#nospoilers #Dune", false],
    ["#Dune #spoilerfree", false],
  ] as const)("a first line of hashtags %j withholds the toot: %s", (line, withheld) => {
    expect(prepareDigest([review("A toot", `<p>${line}</p><p>KEEP1 The body.</p>`)]).reviews[0]!.withheld).toBe(withheld);
  });
});

describe("rules from blind precision corpus 5, on wording of our own", () => {
  it.each([
    ["Are spoilers ruining cinema?", false],
    ["Are spoilers ruining cinema? (spoilers)", true],
  ] as const)("title %j withholds the body: %s", (title, withheld) => {
    expect(prepareDigest([review(title, "<p>KEEP1 The body.</p>")]).reviews[0]!.withheld).toBe(withheld);
  });

  it("reads a title-case 'Spoiler Alert' credited with a year as the film", () => {
    const html = "<p><em>Spoiler Alert</em> (Focus Features, 2022)</p><p>KEEP1 A weepie that earns it.</p>";
    const { html: out, text } = digestOf(html);
    for (const part of [out, text]) expect(part).toContain("KEEP1");
  });
});
