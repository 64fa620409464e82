// The lexicon index's other-script part (Cyrillic, Han, Hangul, Bengali, Arabic…) as ASCII the
// bundle stores compactly. esbuild writes each non-ASCII character of a string as a six-character
// \uXXXX escape; here a run of characters from one 64-character block of Unicode is "~" and the
// block's number (two base-36 digits), then one ASCII character each, and "`" where a letter of
// the alphabet below follows it. The index builder encodes the tries' node lines (0.7 KB gzip
// less than their escapes); Trie decodes a line the first time a walk reaches it. The roots stay
// as they are: decoding them on an isolate's first post in another script cost ~2 ms.

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&*+./<=>";
const BLOCK_BITS = 6;

/** "спойлер:14" → "~g8…:14": every non-ASCII character of the BMP in block runs. */
export function encodeScripts(text: string): string {
  if (/[~`]/.test(text)) throw new Error("encodeScripts: the text may not hold ~ or `");
  let out = "";
  let block = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (block >= 0 && ALPHABET.includes(text[i]!)) out += "`";
      block = -1;
      out += text[i];
      continue;
    }
    if (code >> BLOCK_BITS !== block) {
      block = code >> BLOCK_BITS;
      out += `~${block.toString(36).padStart(2, "0")}`;
    }
    out += ALPHABET[code & ((1 << BLOCK_BITS) - 1)];
  }
  if (decodeScripts(out) !== text) throw new Error("encodeScripts: the text does not round-trip");
  return out;
}

const TILDE = 126;
const BACKTICK = 96;
let offsets: Int8Array | undefined;
let utf16: TextDecoder | undefined;

/**
 * encodeScripts undone: "~g8…:14" → "спойлер:14". One pass of number work into a Uint16Array, then
 * TextDecoder builds the string natively (a per-character callback cost several times more).
 */
export function decodeScripts(text: string): string {
  if (!offsets) {
    offsets = new Int8Array(128).fill(-1);
    for (let i = 0; i < ALPHABET.length; i++) offsets[ALPHABET.charCodeAt(i)] = i;
  }
  const table = offsets;
  const codes = new Uint16Array(text.length);
  let length = 0;
  let base = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === TILDE) {
      base = (digit36(text.charCodeAt(i + 1)) * 36 + digit36(text.charCodeAt(i + 2))) << BLOCK_BITS;
      i += 2;
      continue;
    }
    if (base >= 0) {
      const offset = code < 128 ? table[code]! : -1;
      if (offset >= 0) {
        codes[length++] = base + offset;
        continue;
      }
      base = -1;
      if (code === BACKTICK) continue;
    }
    codes[length++] = code;
  }
  utf16 ??= new TextDecoder("utf-16le");
  return utf16.decode(codes.subarray(0, length));
}

/** A base-36 digit's value: "0"–"9", then "a"–"z". */
function digit36(code: number): number {
  return code <= 57 ? code - 48 : code - 87;
}
