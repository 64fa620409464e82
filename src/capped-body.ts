// Reads a request or response body with a size cap, whatever the client claims in Content-Length:
// chunked bodies have none, and a lying header must not let a huge body through.

export type BodyRead = { ok: true; text: string } | { ok: false; reason: "too_large" };

export async function readCappedText(message: Request | Response, maxBytes: number): Promise<BodyRead> {
  const declared = Number(message.headers.get("content-length") ?? "0");
  if (declared > maxBytes) {
    await message.body?.cancel();
    return { ok: false, reason: "too_large" };
  }
  if (!message.body) return { ok: true, text: "" };
  const reader = message.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
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
  return { ok: true, text: new TextDecoder().decode(bytes) };
}
