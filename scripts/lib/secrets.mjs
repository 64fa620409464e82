// Which secrets setup uploads: generated ones when missing (or rotated), the operator's own when
// given on this run and different from what was uploaded before. Nothing else, so a second run
// uploads nothing.
import { randomBytes } from "node:crypto";
import { fingerprint } from "./operator-file.mjs";

/** Secrets the worker needs that nobody has to type: random, 43 characters. */
export const GENERATED_SECRETS = ["ADMIN_TOKEN", "TOKEN_SECRET", "PUBLISH_SECRET", "JSON_WEBHOOK_SECRET"];

const randomSecret = () => randomBytes(32).toString("base64url");

/**
 * The uploads for this run. `record` is updated in place: generated values are kept (so the admin
 * token can be printed again) and given ones leave only a fingerprint.
 */
export function planSecretUploads({ record, remote, given, rotate }) {
  const uploads = {};
  const notes = [];
  for (const name of GENERATED_SECRETS) {
    if (rotate || (!remote.has(name) && !record.secrets[name])) {
      record.secrets[name] = randomSecret();
      uploads[name] = record.secrets[name];
    } else if (!remote.has(name)) {
      uploads[name] = record.secrets[name];
    } else if (!record.secrets[name]) {
      notes.push(`${name} is set on the worker but not known here; --rotate-secrets makes new ones`);
    }
  }
  for (const [name, value] of Object.entries(given)) {
    if (!value) continue;
    if (remote.has(name) && record.uploaded[name] === fingerprint(value)) continue;
    uploads[name] = value;
    record.uploaded[name] = fingerprint(value);
  }
  return { uploads, notes };
}
