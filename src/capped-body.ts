// Reads a request or response body with a size cap, whatever the client claims in Content-Length:
// chunked bodies have none, and a lying header must not let a huge body through.
//
// An incoming request's body is never cancelled: in wrangler dev (workerd behind its local
// proxy) cancelling it tears down the client's connection, the next request fails with
// "Network connection lost" and the dev server exits. Leaving the rest unread is safe: the
// runtime discards it once the answer is sent. A feed response we fetched is cancelled, so its
// connection is freed.

export type BodyRead = { ok: true; text: string } | { ok: false; reason: "too_large" };
export type BodyBytes = { ok: true; bytes: Uint8Array } | { ok: false; reason: "too_large" };

async function abandon(message: Request | Response, reader?: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  if (message instanceof Request) {
    reader?.releaseLock();
    return;
  }
  await (reader ? reader.cancel() : message.body?.cancel());
}

function hasContentCoding(message: Request | Response): boolean {
  const coding = message.headers.get("content-encoding");
  return coding !== null && coding.trim().toLowerCase() !== "identity";
}

export async function readCappedText(message: Request | Response, maxBytes: number): Promise<BodyRead> {
  const read = await readCappedBytes(message, maxBytes);
  return read.ok ? { ok: true, text: new TextDecoder().decode(read.bytes) } : read;
}

/** The raw bytes, for bodies whose encoding is declared elsewhere (a feed's charset or XML prolog). */
export async function readCappedBytes(message: Request | Response, maxBytes: number): Promise<BodyBytes> {
  const declared = Number(message.headers.get("content-length") ?? "0");
  if (declared > maxBytes) {
    await abandon(message);
    return { ok: false, reason: "too_large" };
  }
  if (!message.body) return { ok: true, bytes: new Uint8Array(0) };
  // A fetched response's declared length is how the transport frames it (with no content coding
  // to expand it): it bounds the body, read in one native call, not a JavaScript loop over chunks.
  // Requests keep the loop: whoever builds one may set any header.
  if (message instanceof Response && declared > 0 && !hasContentCoding(message)) {
    const bytes = new Uint8Array(await message.arrayBuffer());
    if (bytes.byteLength <= maxBytes) return { ok: true, bytes };
    return { ok: false, reason: "too_large" };
  }
  const reader = message.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await abandon(message, reader);
      return { ok: false, reason: "too_large" };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}
