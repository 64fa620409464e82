// A fake Telegram Bot API, answering sendMessage as Telegram does: {ok:true,result} on success;
// {ok:false,error_code,description[,parameters]} on error; 401 for a wrong token, 400 for an
// unparsable HTML text or one over 4096 characters after entity parsing, 429 with
// parameters.retry_after when told to flood-control.
export const TELEGRAM_TOKEN = "123456:TEST-telegram-token";
export const TELEGRAM_CHAT = "@reviewdigest";

export interface SentTelegramMessage {
  chat_id: string;
  text: string;
  parse_mode?: string;
  link_preview_options?: unknown;
}

const ALLOWED_TAGS = new Set(["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "tg-spoiler", "code", "pre", "blockquote"]);

function telegramError(status: number, description: string, parameters?: object): Response {
  return Response.json({ ok: false, error_code: status, description, ...(parameters ? { parameters } : {}) }, { status });
}

/** Telegram's HTML parse: only its tags, balanced; the entities it knows; the text left after. */
function parseHtml(html: string): { text: string } | { error: string } {
  const open: string[] = [];
  for (const match of html.matchAll(/<(\/?)([a-zA-Z-]+)[^>]*>|&([a-z]+|#\d+);|&/g)) {
    const [token, closing, tag, entity] = match;
    if (token === "&") return { error: `Bad Request: can't parse entities: Unsupported start of entity at byte offset ${match.index}` };
    if (entity !== undefined && !/^(lt|gt|amp|quot|#\d+)$/.test(entity)) return { error: `Bad Request: can't parse entities: Unknown entity "${entity}"` };
    if (!tag) continue;
    if (!ALLOWED_TAGS.has(tag)) return { error: `Bad Request: can't parse entities: Unsupported start tag "${tag}" at byte offset ${match.index}` };
    if (!closing) open.push(tag);
    else if (open.pop() !== tag) return { error: `Bad Request: can't parse entities: Can't find end tag corresponding to start tag "${tag}"` };
  }
  if (open.length) return { error: `Bad Request: can't parse entities: Can't find end tag corresponding to start tag "${open.at(-1)}"` };
  const text = html.replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
  return { text };
}

export interface FakeTelegram {
  handle(request: Request): Promise<Response>;
  messages: SentTelegramMessage[];
  /** The next `count` sendMessage calls answer 429 with retry_after `seconds`. */
  floodControl(count: number, seconds: number): void;
}

export function createFakeTelegram(): FakeTelegram {
  const messages: SentTelegramMessage[] = [];
  let flood = { count: 0, seconds: 0 };
  return {
    messages,
    floodControl(count, seconds) {
      flood = { count, seconds };
    },
    async handle(request) {
      const match = /^\/bot([^/]+)\/sendMessage$/.exec(new URL(request.url).pathname);
      if (request.method !== "POST" || !match) return telegramError(404, "Not Found");
      if (decodeURIComponent(match[1] ?? "") !== TELEGRAM_TOKEN) return telegramError(401, "Unauthorized");
      const body = (await request.json()) as SentTelegramMessage;
      if (body.chat_id !== TELEGRAM_CHAT) return telegramError(400, "Bad Request: chat not found");
      if (flood.count > 0) {
        flood.count -= 1;
        return telegramError(429, `Too Many Requests: retry after ${flood.seconds}`, { retry_after: flood.seconds });
      }
      const parsed = body.parse_mode === "HTML" ? parseHtml(body.text) : { text: body.text };
      if ("error" in parsed) return telegramError(400, parsed.error);
      if (parsed.text.trim().length === 0) return telegramError(400, "Bad Request: message text is empty");
      if (parsed.text.length > 4096) return telegramError(400, "Bad Request: message is too long");
      messages.push(body);
      const result = { message_id: messages.length, date: Math.floor(Date.now() / 1000), chat: { id: -1001, type: "channel" }, text: parsed.text };
      return Response.json({ ok: true, result });
    },
  };
}
