// The account-level resources of the fake Cloudflare API (fake-cloudflare-api.mjs): D1
// databases and Queues, answered in Cloudflare's envelope ({success, errors, messages, result}).
import { randomUUID } from "node:crypto";

const ok = (result, extra = {}) => ({ status: 200, body: { success: true, errors: [], messages: [], result, ...extra } });
const fail = (status, code, message) => ({ status, body: { success: false, errors: [{ code, message }], messages: [], result: null } });

/** In-memory account state: what a test asserts on. */
function emptyState() {
  return {
    databases: [], // { uuid, name, created_at, version, statements: string[] }
    queues: [], // { queue_id, queue_name, created_on, consumers: [] }
    scripts: new Map(), // name -> { uploads, secrets: Map(name -> text), schedules, subdomainEnabled, vars }
    secretUploads: [], // { script, names } per bulk/put call
    deploys: [], // { script, bindings }
    unknown: [], // "METHOD /path"
  };
}

function scriptOf(state, name) {
  if (!state.scripts.has(name)) {
    state.scripts.set(name, { exists: false, uploads: 0, secrets: new Map(), schedules: [], subdomainEnabled: false, bindings: [], deployments: [] });
  }
  return state.scripts.get(name);
}

/** Runs SQL against the fake D1 just enough for `d1 migrations apply --remote`: a migrations table. */
function runD1(database, sql) {
  database.statements.push(sql);
  const applied = database.migrations;
  const results = [];
  for (const match of sql.matchAll(/INSERT INTO d1_migrations\s*\(name\)\s*values\s*\('([^']+)'\)/gi)) applied.push(match[1]);
  if (/SELECT\s+\*\s+FROM\s+d1_migrations/i.test(sql)) results.push(...applied.map((name, index) => ({ id: index + 1, name })));
  return [{ results, success: true, meta: { changes: 0, duration: 1, rows_read: results.length, rows_written: 0, served_by: "fake", size_after: 4096 } }];
}

function d1Routes(state, method, parts, body, url) {
  // parts: ["d1", "database", uuid?, action?]
  const [, , id, action] = parts;
  if (!id && method === "GET") {
    const name = url.searchParams.get("name");
    const list = state.databases.filter((db) => !name || db.name === name).map(publicDatabase);
    const page = Number(url.searchParams.get("page") ?? 1);
    return ok(page > 1 ? [] : list, { result_info: { page, per_page: 1000, count: list.length, total_count: list.length } });
  }
  if (!id && method === "POST") {
    if (state.databases.some((db) => db.name === body.name)) return fail(400, 7502, "A database with that name already exists");
    const database = { uuid: randomUUID(), name: body.name, created_at: new Date().toISOString(), version: "production", statements: [], migrations: [] };
    state.databases.push(database);
    return ok(publicDatabase(database));
  }
  const database = state.databases.find((db) => db.uuid === id || db.name === id);
  if (!database) return fail(404, 7404, `The database ${id} could not be found`);
  if (!action && method === "GET") return ok(publicDatabase(database));
  if ((action === "query" || action === "raw") && method === "POST") return ok(runD1(database, body.sql));
  return undefined;
}

const publicDatabase = (db) => ({ uuid: db.uuid, name: db.name, created_at: db.created_at, version: db.version, num_tables: 0, file_size: 4096 });

function queueRoutes(state, method, parts, body, url) {
  // parts: ["queues", id?, "consumers"?, consumerId?]
  const [, id, sub] = parts;
  if (!id && method === "GET") {
    const names = url.searchParams.getAll("name");
    const page = Number(url.searchParams.get("page") ?? 1);
    const list = state.queues.filter((queue) => names.length === 0 || names.includes(queue.queue_name)).map(publicQueue);
    return ok(page > 1 ? [] : list, { result_info: { page, per_page: 100, count: list.length, total_count: list.length } });
  }
  if (!id && method === "POST") {
    if (state.queues.some((queue) => queue.queue_name === body.queue_name)) return fail(409, 11009, "A queue with this name already exists");
    const queue = { queue_id: randomUUID().replaceAll("-", ""), queue_name: body.queue_name, created_on: new Date().toISOString(), consumers: [] };
    state.queues.push(queue);
    return ok(publicQueue(queue));
  }
  const queue = state.queues.find((candidate) => candidate.queue_id === id || candidate.queue_name === id);
  if (!queue) return fail(404, 11000, "Queue does not exist");
  if (!sub && method === "GET") return ok(publicQueue(queue));
  if (sub === "consumers" && method === "GET") return ok(queue.consumers);
  if (sub === "consumers" && method === "POST") {
    const consumer = { ...body, script: body.script_name, consumer_id: randomUUID(), created_on: new Date().toISOString(), queue_name: queue.queue_name };
    queue.consumers = queue.consumers.filter((existing) => existing.script !== body.script_name && existing.script_name !== body.script_name);
    queue.consumers.push(consumer);
    return ok(consumer);
  }
  if (sub === "consumers" && (method === "PUT" || method === "DELETE")) {
    const consumerId = parts[3];
    if (method === "DELETE") queue.consumers = queue.consumers.filter((existing) => existing.consumer_id !== consumerId);
    else queue.consumers = queue.consumers.map((existing) => (existing.consumer_id === consumerId ? { ...existing, ...body } : existing));
    return ok(null);
  }
  return undefined;
}

const publicQueue = (queue) => ({
  queue_id: queue.queue_id,
  queue_name: queue.queue_name,
  created_on: queue.created_on,
  modified_on: queue.created_on,
  producers_total_count: 0,
  producers: [],
  consumers_total_count: queue.consumers.length,
  consumers: queue.consumers,
});

export { emptyState, scriptOf, ok, fail, d1Routes, queueRoutes };
