// Feed bytes to text by the feed's own declaration. A feed served as windows-1252 or
// ISO-8859-1 ("Café" as the single byte E9) decoded as UTF-8 arrives as "Caf\uFFFD".
// Order, as XML parsers do: a byte-order mark, then the Content-Type charset, then the XML
// prolog's encoding, then UTF-8. TextDecoder knows the WHATWG labels in workerd and in Node
// (checked in the workers pool: windows-1252, iso-8859-1, latin1, shift_jis, euc-kr...); it
// maps iso-8859-1 to windows-1252, which is what browsers do with such feeds too.

const BOMS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
];

/** The charset parameter of a Content-Type: "text/xml; charset=ISO-8859-1" → "iso-8859-1". */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? "");
  return match?.[1]?.toLowerCase();
}

/** The encoding in an XML prolog, read from the first bytes as ASCII. */
export function prologEncodingOf(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  const prolog = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return prolog?.[1]?.toLowerCase();
}

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label);
  } catch {
    return undefined; // an unknown label: fall through to the next source
  }
}

/**
 * Decodes a feed body by its declaration. `contentType` may be null (a file on disk).
 * decodeFeedBytes(bytes of `<?xml version="1.0" encoding="windows-1252"?>…Caf\xE9…`, null) → "…Café…"
 */
export function decodeFeedBytes(bytes: Uint8Array, contentType: string | null | undefined): string {
  for (const bom of BOMS) {
    if (bom.bytes.every((byte, index) => bytes[index] === byte)) return new TextDecoder(bom.encoding).decode(bytes);
  }
  // A UTF-16 declaration over bytes without a BOM is almost always a wrong header: ASCII prologs rule it out.
  const declared = [charsetOf(contentType), prologEncodingOf(bytes)].filter((label) => label && !label.startsWith("utf-16"));
  for (const label of declared) {
    const decoder = decoderFor(label);
    if (decoder) return decoder.decode(bytes);
  }
  return new TextDecoder().decode(bytes);
}
