// A loopback fake of the Cloudflare API endpoints the real wrangler calls during `npm run setup`
// and `npm run deploy`. Point wrangler at it with CLOUDFLARE_API_BASE_URL=<url>/client/v4,
// CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID. It answers in Cloudflare's envelope, keeps what
// was created in memory (`state`), and records every request it does not know in `state.unknown`,
// so a test fails loudly when a wrangler upgrade calls something new.
// By hand: `node test/support/fake-cloudflare-api.mjs` prints the env to try setup without an account.
import { createServer } from "node:http";
import { d1Routes, emptyState, fail, ok, queueRoutes, scriptOf } from "./fake-cloudflare-resources.mjs";

export const FAKE_ACCOUNT_ID = "0123456789abcdef0123456789abcdef";
export const FAKE_API_TOKEN = "fake-cloudflare-api-token-0123456789";
const SUBDOMAIN = "operator";
const ACCOUNT = { id: FAKE_ACCOUNT_ID, name: "Operator's account" };

function userRoutes(method, path) {
  if (method === "GET" && path === "/user/tokens/verify") return ok({ id: "token-id", status: "active" });
  if (method === "GET" && path === "/user") return ok({ id: "user-id", email: "operator@example.net" });
  if (method === "GET" && path === "/accounts") return ok([ACCOUNT], { result_info: { page: 1, per_page: 20, count: 1, total_count: 1 } });
  if (method === "GET" && path === "/memberships") return ok([{ id: "membership", account: ACCOUNT, status: "accepted" }]);
  return undefined;
}

/** The worker's bindings from a deploy's multipart `metadata` part. */
async function readUpload(request) {
  const form = await request.formData();
  const metadata = JSON.parse(String(form.get("metadata") ?? "{}"));
  return { metadata, parts: [...form.keys()] };
}

function recordUpload(state, name, script, metadata) {
  script.uploads += 1;
  script.exists = true;
  script.bindings = metadata.bindings ?? [];
  state.deploys.push({ script: name, bindings: script.bindings });
  return `version-${script.uploads}`;
}

function deployVersion(script, versionId) {
  const deployment = { id: `deployment-${script.deployments.length + 1}`, created_on: new Date().toISOString(), source: "wrangler", strategy: "percentage", versions: [{ version_id: versionId, percentage: 100 }] };
  script.deployments.unshift(deployment);
  return deployment;
}

const settingsOf = (script) => ({
  bindings: [...script.bindings.filter((binding) => binding.type !== "secret_text"), ...[...script.secrets.keys()].map((secret) => ({ type: "secret_text", name: secret }))],
  compatibility_date: "2026-04-26",
  compatibility_flags: ["nodejs_compat"],
});

/** `secret bulk` PATCHes the whole binding list: a name without text keeps its value, one with text sets it. */
function patchSecrets(state, name, script, bindings) {
  const kept = new Map();
  const uploaded = [];
  for (const binding of bindings) {
    if (binding.type !== "secret_text") continue;
    if (typeof binding.text === "string") {
      kept.set(binding.name, binding.text);
      uploaded.push(binding.name);
    } else if (script.secrets.has(binding.name)) kept.set(binding.name, script.secrets.get(binding.name));
  }
  script.secrets = kept;
  script.exists = true;
  state.secretUploads.push({ script: name, names: uploaded });
}

async function scriptRoutes(state, method, parts, request, readJson) {
  // parts: ["workers", "scripts", name, sub?, ...]
  const [, , name, sub] = parts;
  const script = scriptOf(state, name);
  // A first deploy PUTs the script; later ones upload a version, then deploy it.
  if ((!sub && method === "PUT") || (sub === "versions" && method === "POST")) {
    const { metadata } = await readUpload(request);
    const version = recordUpload(state, name, script, metadata);
    if (sub === "versions") return ok({ id: version, resources: { script: { etag: `etag-${script.uploads}` } }, startup_time_ms: 5 });
    deployVersion(script, version);
    return ok({ id: name, etag: `etag-${script.uploads}`, deployment_id: version, startup_time_ms: 5 });
  }
  if (sub === "deployments" && method === "POST") {
    const body = await readJson();
    return ok(deployVersion(script, body.versions?.[0]?.version_id));
  }
  if (sub === "script-settings" && method === "PATCH") return ok(await readJson());
  if (!script.exists && !(sub === "secrets" && method === "PUT") && !(!sub && method === "PUT")) {
    return fail(404, 10007, "This Worker does not exist on your account.");
  }
  if (sub === "deployments" && method === "GET") return ok({ deployments: script.deployments });
  if (sub === "settings" && method === "GET") return ok(settingsOf(script));
  if (sub === "settings" && method === "PATCH") {
    const form = await request.formData();
    const { bindings = [] } = JSON.parse(String(form.get("settings") ?? "{}"));
    patchSecrets(state, name, script, bindings);
    return ok(settingsOf(script));
  }
  if (sub === "secrets" && method === "GET") return ok([...script.secrets.keys()].map((secret) => ({ name: secret, type: "secret_text" })));
  if (sub === "secrets" && method === "PUT") {
    const body = await readJson();
    script.exists = true;
    script.secrets.set(body.name, body.text);
    state.secretUploads.push({ script: name, names: [body.name] });
    return ok({ name: body.name, type: "secret_text" });
  }
  if (sub === "subdomain" && method === "GET") return ok({ enabled: script.subdomainEnabled, previews_enabled: false });
  if (sub === "subdomain" && method === "POST") {
    script.subdomainEnabled = Boolean((await readJson()).enabled);
    return ok({ enabled: script.subdomainEnabled, previews_enabled: false });
  }
  if (sub === "schedules" && method === "PUT") {
    script.schedules = await readJson();
    return ok({ schedules: script.schedules });
  }
  if (sub === "schedules" && method === "GET") return ok({ schedules: script.schedules });
  return undefined;
}

/** Wrangler asks this before a deploy; 10007 is its "no such Worker" code. */
function serviceRoute(state, name) {
  const script = state.scripts.get(name);
  if (!script?.exists) return fail(404, 10007, "This Worker does not exist on your account.");
  const created = "2026-01-01T00:00:00Z";
  return ok({ id: name, created_on: created, modified_on: created, default_environment: { environment: "production", created_on: created, modified_on: created, script: { id: name, tag: `tag-${name}`, etag: `etag-${script.uploads}`, handlers: ["fetch", "scheduled", "queue"], last_deployed_from: "wrangler" } } });
}

async function route(state, request, url) {
  const method = request.method;
  const path = url.pathname.replace(/^\/client\/v4/, "");
  let cachedBody;
  const readJson = async () => (cachedBody ??= JSON.parse((await request.text()) || "{}"));
  const user = userRoutes(method, path);
  if (user) return user;
  const accountMatch = /^\/accounts\/([^/]+)(\/.*)?$/.exec(path);
  if (!accountMatch) return undefined;
  if (accountMatch[1] !== FAKE_ACCOUNT_ID) return fail(403, 10000, "Authentication error");
  const parts = (accountMatch[2] ?? "").split("/").filter(Boolean);
  if (method === "GET" && parts.join("/") === "workers/subdomain") return ok({ subdomain: SUBDOMAIN });
  if (parts[0] === "d1") return d1Routes(state, method, parts, method === "POST" ? await readJson() : {}, url);
  if (parts[0] === "queues") return queueRoutes(state, method, parts, ["POST", "PUT"].includes(method) ? await readJson() : {}, url);
  if (parts[0] === "workers" && parts[1] === "services" && parts[2] && method === "GET") return serviceRoute(state, parts[2]);
  if (parts[0] === "workers" && parts[1] === "scripts" && parts[2]) return scriptRoutes(state, method, parts, request, readJson);
  return undefined;
}

/** Starts the fake on a free loopback port. `env` is what wrangler needs to talk to it. */
export async function startFakeCloudflareApi({ log = false } = {}) {
  const state = emptyState();
  const server = createServer(async (incoming, outgoing) => {
    const chunks = [];
    for await (const chunk of incoming) chunks.push(chunk);
    const url = new URL(incoming.url ?? "/", "http://127.0.0.1");
    const hasBody = !["GET", "HEAD"].includes(incoming.method ?? "GET");
    const request = new Request(url, { method: incoming.method, headers: incoming.headers, body: hasBody ? Buffer.concat(chunks) : undefined });
    let answer;
    if (incoming.headers.authorization !== `Bearer ${FAKE_API_TOKEN}`) answer = fail(403, 9109, "Invalid access token");
    else answer = await route(state, request, url).catch((error) => fail(500, 10001, String(error)));
    if (!answer) {
      state.unknown.push(`${incoming.method} ${url.pathname}${url.search}`);
      answer = fail(404, 7003, `No route for that URI (fake: ${incoming.method} ${url.pathname})`);
    }
    if (log) console.error(`fake-cloudflare-api: ${incoming.method} ${url.pathname}${url.search} -> ${answer.status}`);
    outgoing.writeHead(answer.status, { "content-type": "application/json" });
    outgoing.end(JSON.stringify(answer.body));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  return {
    url,
    state,
    workersDevUrl: (script) => `https://${script}.${SUBDOMAIN}.workers.dev`,
    env: { CLOUDFLARE_API_BASE_URL: `${url}/client/v4`, CLOUDFLARE_API_TOKEN: FAKE_API_TOKEN, CLOUDFLARE_ACCOUNT_ID: FAKE_ACCOUNT_ID },
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const fake = await startFakeCloudflareApi({ log: true });
  for (const [name, value] of Object.entries(fake.env)) console.log(`export ${name}=${value}`);
}
