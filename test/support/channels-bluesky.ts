// A fake Bluesky PDS, answering XRPC as the PDS does: createSession/refreshSession (refresh
// rotates both tokens and revokes the old refresh token), createRecord and getRecord, errors as
// {error, message} (400 ExpiredToken, 401 AuthenticationRequired, 400 RecordNotFound, 400
// InvalidRequest, 429 RateLimitExceeded, 500 for a record key that exists), and ratelimit-*
// headers (reset in Unix seconds) on every answer. Records are validated like the lexicon says:
// text ≤ 300 graphemes and ≤ 3000 bytes, facets inside the text's UTF-8 bytes.
export const BLUESKY_HANDLE = "critic.bsky.test";
export const BLUESKY_PASSWORD = "abcd-efgh-ijkl-mnop";
const DID = "did:plc:testcritic0000000000000";

export interface StoredRecord {
  rkey: string;
  value: { text: string; facets?: Array<{ index: { byteStart: number; byteEnd: number }; features: Array<{ uri?: string }> }>; embed?: unknown; createdAt?: string };
}

export interface FakeBluesky {
  handle(request: Request): Promise<Response>;
  records: Map<string, StoredRecord>;
  calls: Record<string, number>;
  /** Every access token issued so far now answers ExpiredToken. */
  expireAccessTokens(): void;
  /** Every refresh token issued so far is revoked too. */
  revokeRefreshTokens(): void;
  /** The next `count` createRecord calls answer 429 with a reset `seconds` away. */
  rateLimit(count: number, seconds: number): void;
}

const utf8 = new TextEncoder();

function checkRecord(record: StoredRecord["value"]): string | undefined {
  const graphemes = [...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(record.text)].length;
  const bytes = utf8.encode(record.text).length;
  if (graphemes > 300 || bytes > 3000) return `Invalid app.bsky.feed.post record: Record/text must not be longer than 300 graphemes`;
  for (const facet of record.facets ?? []) {
    const { byteStart, byteEnd } = facet.index;
    if (!(byteStart >= 0 && byteEnd > byteStart && byteEnd <= bytes)) return "Invalid app.bsky.feed.post record: facet index out of range";
  }
  return undefined;
}

export function createFakeBluesky(): FakeBluesky {
  const records = new Map<string, StoredRecord>();
  const calls: Record<string, number> = {};
  const access = new Map<string, "valid" | "expired">();
  const refresh = new Map<string, "valid" | "revoked">();
  let limited = { count: 0, seconds: 0 };
  let issued = 0;
  const answer = (body: object, status = 200) =>
    Response.json(body, {
      status,
      headers: {
        "ratelimit-limit": "3000",
        "ratelimit-remaining": status === 429 ? "0" : "2999",
        "ratelimit-reset": String(Math.floor(Date.now() / 1000) + (status === 429 ? limited.seconds : 300)),
        "ratelimit-policy": "3000;w=300",
      },
    });
  const issue = () => {
    issued += 1;
    const tokens = { accessJwt: `access-${issued}`, refreshJwt: `refresh-${issued}` };
    access.set(tokens.accessJwt, "valid");
    refresh.set(tokens.refreshJwt, "valid");
    return answer({ ...tokens, handle: BLUESKY_HANDLE, did: DID, active: true });
  };
  const bearer = (request: Request) => request.headers.get("authorization")?.replace(/^Bearer /, "") ?? "";
  const authorize = (request: Request): Response | undefined => {
    const state = access.get(bearer(request));
    if (state === "valid") return undefined;
    if (state === "expired") return answer({ error: "ExpiredToken", message: "Token has expired" }, 400);
    return answer({ error: "InvalidToken", message: "Malformed token" }, 401);
  };
  const routes: Record<string, (request: Request) => Promise<Response> | Response> = {
    "com.atproto.server.createSession": async (request) => {
      const body = (await request.json()) as { identifier?: string; password?: string };
      if (body.identifier !== BLUESKY_HANDLE || body.password !== BLUESKY_PASSWORD) {
        return answer({ error: "AuthenticationRequired", message: "Invalid identifier or password" }, 401);
      }
      return issue();
    },
    "com.atproto.server.refreshSession": (request) => {
      const token = bearer(request);
      if (refresh.get(token) !== "valid") return answer({ error: "ExpiredToken", message: "Token has been revoked" }, 400);
      refresh.set(token, "revoked");
      return issue();
    },
    "com.atproto.repo.createRecord": async (request) => {
      const refused = authorize(request);
      if (refused) return refused;
      if (limited.count > 0) {
        limited.count -= 1;
        return answer({ error: "RateLimitExceeded", message: "Rate Limit Exceeded" }, 429);
      }
      const body = (await request.json()) as { repo: string; collection: string; rkey?: string; record: StoredRecord["value"] };
      if (body.repo !== DID || body.collection !== "app.bsky.feed.post") return answer({ error: "InvalidRequest", message: "Invalid repo or collection" }, 400);
      const problem = checkRecord(body.record);
      if (problem) return answer({ error: "InvalidRequest", message: problem }, 400);
      const rkey = body.rkey ?? `auto${records.size}`;
      // The PDS answers a duplicate record key with a 500 today (bluesky-social/atproto#3718).
      if (records.has(rkey)) return answer({ error: "InternalServerError", message: "Internal Server Error" }, 500);
      records.set(rkey, { rkey, value: body.record });
      return answer({ uri: `at://${DID}/app.bsky.feed.post/${rkey}`, cid: `bafyrei${rkey}`, validationStatus: "valid" });
    },
    "com.atproto.repo.getRecord": (request) => {
      const refused = authorize(request);
      if (refused) return refused;
      const rkey = new URL(request.url).searchParams.get("rkey") ?? "";
      const found = records.get(rkey);
      if (!found) return answer({ error: "RecordNotFound", message: `Could not locate record: at://${DID}/app.bsky.feed.post/${rkey}` }, 400);
      return answer({ uri: `at://${DID}/app.bsky.feed.post/${rkey}`, cid: `bafyrei${rkey}`, value: found.value });
    },
  };
  return {
    records,
    calls,
    expireAccessTokens() {
      for (const token of access.keys()) access.set(token, "expired");
    },
    revokeRefreshTokens() {
      for (const token of refresh.keys()) refresh.set(token, "revoked");
    },
    rateLimit(count, seconds) {
      limited = { count, seconds };
    },
    async handle(request) {
      const method = new URL(request.url).pathname.replace(/^\/xrpc\//, "");
      calls[method] = (calls[method] ?? 0) + 1;
      const route = routes[method];
      return route ? route(request) : answer({ error: "MethodNotImplemented", message: "Method Not Implemented" }, 501);
    },
  };
}
