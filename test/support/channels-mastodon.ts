// A fake Mastodon instance, answering POST /api/v1/statuses as Mastodon does: the Status JSON;
// {"error": "…"} with 401, 422 (the 500-character StatusLengthValidator: graphemes, URLs as 23)
// and 429; X-RateLimit-Limit/Remaining/Reset (ISO-8601) on every answer; an Idempotency-Key
// seen before answers the status it already made.
export const MASTODON_TOKEN = "test-mastodon-access-token";

export interface MastodonPosted {
  id: string;
  status: string;
  spoiler_text: string;
  visibility: string;
  idempotencyKey: string | null;
}

export interface FakeMastodon {
  handle(request: Request): Promise<Response>;
  statuses: MastodonPosted[];
  requests: number;
  /** Sets the rate-limit window: `remaining` requests left, resetting `resetSeconds` from now. */
  setWindow(remaining: number, resetSeconds: number): void;
  /** An hour has passed: Mastodon no longer remembers any Idempotency-Key. */
  expireIdempotencyKeys(): void;
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The Status entity as the API shows it: content is HTML with each URL linkified; our bookkeeping stays out. */
function toEntity(posted: MastodonPosted): object {
  const linked = posted.status.split(/(https?:\/\/\S+)/g).map((part, index) =>
    index % 2 ? `<a href="${escapeHtml(part)}" rel="nofollow noopener" target="_blank">${escapeHtml(part.replace(/^https?:\/\//, ""))}</a>` : escapeHtml(part),
  );
  const content = `<p>${linked.join("").replace(/\n/g, "<br />")}</p>`;
  return { id: posted.id, created_at: new Date().toISOString(), content, spoiler_text: posted.spoiler_text, visibility: posted.visibility, url: `https://mastodon.test/@critic/${posted.id}` };
}

function countLikeMastodon(text: string): number {
  const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
  return [...segmenter.segment(text.replace(/https?:\/\/\S+/g, "x".repeat(23)))].length;
}

export function createFakeMastodon(limit = 300): FakeMastodon {
  const statuses: MastodonPosted[] = [];
  const byKey = new Map<string, MastodonPosted>();
  let window = { remaining: limit, reset: Date.now() + 300_000 };
  const fake: FakeMastodon = {
    statuses,
    requests: 0,
    setWindow(remaining, resetSeconds) {
      window = { remaining, reset: Date.now() + resetSeconds * 1000 };
    },
    expireIdempotencyKeys() {
      byKey.clear();
    },
    async handle(request) {
      fake.requests += 1;
      const answer = (body: object, status: number) =>
        Response.json(body, {
          status,
          headers: {
            "x-ratelimit-limit": String(limit),
            "x-ratelimit-remaining": String(Math.max(window.remaining, 0)),
            "x-ratelimit-reset": new Date(window.reset).toISOString(),
          },
        });
      if (request.headers.get("authorization") !== `Bearer ${MASTODON_TOKEN}`) return answer({ error: "The access token is invalid" }, 401);
      if (window.remaining <= 0) return answer({ error: "Too many requests" }, 429);
      window.remaining -= 1;
      const path = new URL(request.url).pathname;
      if (request.method === "GET" && path === "/api/v1/accounts/verify_credentials") return answer({ id: "109", username: "critic", acct: "critic" }, 200);
      if (request.method === "GET" && path === "/api/v1/accounts/109/statuses") return answer(statuses.slice(-40).reverse().map(toEntity), 200);
      if (request.method !== "POST" || path !== "/api/v1/statuses") return answer({ error: "Record not found" }, 404);
      const key = request.headers.get("idempotency-key");
      const repeat = key ? byKey.get(key) : undefined;
      if (repeat) return answer(toEntity(repeat), 200);
      const body = (await request.json()) as { status?: string; spoiler_text?: string; visibility?: string };
      const text = body.status ?? "";
      if (!text.trim()) return answer({ error: "Validation failed: Text can't be blank" }, 422);
      if (countLikeMastodon((body.spoiler_text ?? "") + text) > 500) {
        return answer({ error: "Validation failed: Text character limit of 500 exceeded" }, 422);
      }
      const status = { id: String(100 + statuses.length), status: text, spoiler_text: body.spoiler_text ?? "", visibility: body.visibility ?? "public", idempotencyKey: key };
      statuses.push(status);
      if (key) byKey.set(key, status);
      return answer(toEntity(status), 200);
    },
  };
  return fake;
}
