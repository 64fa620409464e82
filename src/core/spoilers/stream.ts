// Folds text for phrase matching, keeping a map back to the original offsets. Letters are
// lower-cased, stripped of accents and width (NFKC: "Ｓｐｏｉｌｅｒ", "ﾈﾀﾊﾞﾚ"); every run of
// punctuation and spaces becomes one " ", or "|" where a sentence ends; spaces between CJK
// characters vanish ("스포 없음" = "스포없음"); qualifier words are dropped ("major spoilers"
// = "spoilers"). Built by hand, char by char: no regex to compile on a cold isolate.

/** A folded text: `text[i]` comes from original [from[i], to[i]). */
export interface Stream {
  text: string;
  from: Uint32Array;
  to: Uint32Array;
}

export const SENTENCE_BREAK = "|";
const BREAKS = new Set([".", "!", "?", ";", "\n", "\r", "\u3002", "\uFF61", "\u2026"]);
const MARK = /[\u0300-\u036f]/g;
const LETTER = /[\p{L}\p{N}]/u;
const folds = new Map<number, string>();
const letters = new Map<number, boolean>();

/** Han, kana and Hangul: written without spaces between words, so matched without boundaries. */
export function isCjk(code: number): boolean {
  return (code >= 0x1100 && code <= 0x11ff) || (code >= 0x2e80 && code <= 0x9fff) || (code >= 0xa960 && code <= 0xa97f)
    || (code >= 0xac00 && code <= 0xd7ff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff66 && code <= 0xffdc);
}

function foldChar(char: string, code: number): string {
  let folded = folds.get(code);
  if (folded !== undefined) return folded;
  folded = char.normalize("NFKC");
  const first = folded.charCodeAt(0);
  // Accents come off Latin letters only: NFD would split Hangul syllables into jamo.
  if ((first >= 0xc0 && first <= 0x24f) || (first >= 0x1e00 && first <= 0x1eff)) folded = folded.normalize("NFD").replace(MARK, "");
  folded = folded.toLowerCase().replace(MARK, "");
  folds.set(code, folded);
  return folded;
}

/** Whether a folded character is part of a word: letters and digits of any script. */
export function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  let known = letters.get(code);
  if (known === undefined) {
    known = LETTER.test(String.fromCharCode(code));
    letters.set(code, known);
  }
  return known;
}

class Builder {
  readonly chars: string[] = [];
  readonly from: number[] = [];
  readonly to: number[] = [];
  /** 0: nothing pending; 1: a space; 2: a sentence break. */
  gap = 0;
  gapAt = 0;
  lastCjk = false;

  push(char: string, from: number, to: number): void {
    const cjk = isCjk(char.charCodeAt(0));
    if (this.gap > 0 && this.chars.length > 0 && (this.gap === 2 || !(cjk && this.lastCjk))) {
      this.chars.push(this.gap === 2 ? SENTENCE_BREAK : " ");
      this.from.push(this.gapAt);
      this.to.push(from);
    }
    this.gap = 0;
    this.chars.push(char);
    this.from.push(from);
    this.to.push(to);
    this.lastCjk = cjk;
  }

  joinMark(mark: string): void {
    const last = this.chars.length - 1;
    const joined = last >= 0 && this.gap === 0 ? (this.chars[last]! + mark).normalize("NFC") : "";
    if (joined.length === 1) this.chars[last] = joined;
  }

  separate(at: number, sentence: boolean): void {
    if (this.gap === 0) this.gapAt = at;
    if (sentence) this.gap = 2;
    else if (this.gap === 0) this.gap = 1;
  }
}

/** Folds `text`; words in `dropped` are left out, their span given to the next word kept. */
export function buildStream(text: string, dropped: ReadonlySet<string>): Stream {
  const out = new Builder();
  let word: Array<{ char: string; from: number; to: number }> = [];
  let heldFrom = -1;
  const flushWord = () => {
    if (word.length === 0) return;
    const token = word.map((part) => part.char).join("");
    if (dropped.has(token)) {
      if (heldFrom < 0) heldFrom = word[0]!.from;
    } else {
      word.forEach((part, index) => out.push(part.char, index === 0 && heldFrom >= 0 ? heldFrom : part.from, part.to));
      heldFrom = -1;
    }
    word = [];
  };
  for (let at = 0; at < text.length; ) {
    const code = text.charCodeAt(at);
    const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    const char = width === 1 && code < 128 ? (code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[at]!) : foldChar(text.slice(at, at + width), code);
    for (let k = 0; k < char.length; k++) {
      const folded = char[k]!;
      const foldedCode = folded.charCodeAt(0);
      if (foldedCode === 0x3099 || foldedCode === 0x309a) {
        // A half-width sound mark: join it to the kana before it ("ﾊﾞ" → "バ").
        out.joinMark(folded);
        continue;
      }
      if (isWordChar(foldedCode)) {
        if (isCjk(foldedCode)) {
          flushWord();
          out.push(folded, at, at + width);
        } else {
          word.push({ char: folded, from: at, to: at + width });
        }
        continue;
      }
      flushWord();
      out.separate(at, BREAKS.has(folded) || BREAKS.has(text[at]!));
    }
    at += width;
  }
  flushWord();
  return { text: out.chars.join(""), from: Uint32Array.from(out.from), to: Uint32Array.from(out.to) };
}
