// Vietnamese: "Cảnh báo spoiler!", "Có spoiler!", "Bài viết có spoiler", "Spoiler bên dưới", "Hết
// spoiler", "(có spoiler)", "tiết lộ nội dung" (giving the plot away), and the verb "spoil" ("cảnh
// báo spoil"). "Không spoiler", "review không spoil" and "mình sẽ không spoil" mark nothing. Tones
// and accents fold away ("cảnh báo" = "canh bao"); "đ" stays. No qualifiers: Vietnamese words are
// one syllable, and a dropped syllable would be dropped from every language's text.
import type { Lexicon } from "./types";

const SPOIL = "(spoiler|spoil)";
const KET = "(cái kết|kết phim|đoạn kết|kết thúc phim|cú twist|twist)";

export const vi: Lexicon = {
  openers: [
    `${SPOIL} (bên dưới|phía dưới|sau đây|từ đây|từ đây trở đi)`,
    `(bên dưới|phía dưới|sau đây|từ đây|từ đây trở đi|từ đoạn này) (là |có |sẽ có |chứa |)${SPOIL}`,
    `(bài viết|bài review|bài này|review này|bài đánh giá) (có|có chứa|chứa|sẽ có|có thể có|có thể chứa) (${SPOIL.slice(1, -1)}|tiết lộ nội dung)`,
    `(giờ|bây giờ|tiếp theo) (hãy |)(nói về|bàn về) ${KET}`,
  ],
  warnings: [`(cảnh báo|chú ý|lưu ý|cẩn thận) (có |)(${SPOIL.slice(1, -1)}|tiết lộ nội dung)`, `có ${SPOIL}`],
  closers: [
    `(hết|kết thúc|xong) (phần |đoạn |)${SPOIL}`, `${SPOIL} (kết thúc|hết|đến đây là hết)`,
    "(quay lại|trở lại) (phần |)(không spoiler|không spoil|không có spoiler)",
  ],
  closingLines: [],
  scoped: [
    ["đoạn (này|văn này)", "this 1 p"],
    ["(bôi đen|quét chọn) (để đọc|để xem)", "this 1 l"],
    ["đoạn (tiếp theo|kế tiếp|bên dưới)", "next 1 p"], ["đoạn văn (tiếp theo|kế tiếp|bên dưới|sau)", "next 1 p"], ["đoạn (dưới đây|sau đây)", "next 1 p"],
    ["{n} đoạn (tiếp theo|kế tiếp|bên dưới)", "next {n} p"],
    ["(phần|mục) này", "this s"],
    ["(phần|mục) (tiếp theo|kế tiếp)", "next s"],
  ],
  labels: ["tiết lộ nội dung", "tiết lộ cái kết"],
  tags: [`(có|có chứa|chứa|nhiều) ${SPOIL}`, `(review|đánh giá|cảm nhận) (có|có chứa|chứa) ${SPOIL}`],
  titleTags: [],
  qualifiers: [],
  lineWords: ["cảnh báo", "chú ý", "lưu ý", "bài viết", "đánh giá", "cảm nhận", "cái kết", "bên dưới", "đọc cẩn thận"],
  topics: ["về"],
  verbs: ["làm hỏng", "phá hỏng"],
  directions: ["bên dưới", "phía dưới", "sau đây", "từ đây", "từ đây trở đi", "mình sẽ", "tôi sẽ", "chúng ta sẽ"],
  reveals: [`(nói về|bàn về|phân tích|tiết lộ|giải thích|kể về) ${KET}`, "chuyện gì xảy ra (ở cuối phim|ở đoạn kết|ở cái kết)"],
  notSeen: ["(chưa xem|chưa coi|chưa đi xem|chưa kịp xem)"],
  stops: ["(đừng đọc tiếp|dừng đọc|ngừng đọc|không nên đọc tiếp|hãy bỏ qua|bỏ qua|lướt qua|đừng đọc)"],
  reasons: ["(để tránh bị spoil|tránh bị spoil|để không bị spoil|tránh spoiler)"],
  contentWarnings: ["cảnh báo nội dung"],
  endings: ["(cái kết|kết phim|tập cuối|đoạn kết)"],
  nonMarkers: [
    `(không|không có|chẳng có|không hề có) ${SPOIL}`, `(sẽ không|mình không|tôi không|không muốn|không thể) (${SPOIL.slice(1, -1)}|tiết lộ)`,
    "(không tiết lộ|không hề tiết lộ|tránh tiết lộ)", `sợ (bị |)${SPOIL}`, "spoiler (xe|sau xe|đuôi xe|ô tô)", "(cánh gió|cánh gió sau|cánh lướt gió) spoiler",
  ],
  boilerplate: ["xuất hiện đầu tiên tại", "xuất hiện lần đầu tại"],
  counts: { "2": 2, "3": 3, hai: 2, ba: 3, bốn: 4 },
};
