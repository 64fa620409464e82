// Request validation the way Resend answers it: 422 missing_required_field for absent fields,
// 400 validation_error for malformed ones (see /work/shared/RESEND.md).

export interface ResendError {
  status: number;
  name: string;
  message: string;
}

export interface AcceptedFields {
  from: string;
  to: string[];
  subject: string;
  html?: string;
  text?: string;
  reply_to?: string | string[];
  headers?: Record<string, string>;
  tags?: { name: string; value: string }[];
}

const ADDRESS = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
const NAMED_ADDRESS = /^[^<>]*<([^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)>$/;
const TAG = /^[A-Za-z0-9_-]+$/;

function isAddress(value: unknown): boolean {
  if (typeof value !== "string") return false;
  const trimmed = value.trim();
  return ADDRESS.test(trimmed) || NAMED_ADDRESS.test(trimmed);
}

function missing(field: string): ResendError {
  return { status: 422, name: "missing_required_field", message: `Missing \`${field}\` field.` };
}

function invalid(message: string): ResendError {
  return { status: 400, name: "validation_error", message };
}

function checkTags(tags: unknown): ResendError | undefined {
  if (tags === undefined) return undefined;
  if (!Array.isArray(tags)) return invalid("The `tags` field must be an array.");
  for (const tag of tags as { name?: unknown; value?: unknown }[]) {
    if (typeof tag?.name !== "string" || typeof tag.value !== "string" || !TAG.test(tag.name) || !TAG.test(tag.value)) {
      return invalid("Tags should only contain ASCII letters, numbers, underscores, or dashes.");
    }
  }
  return undefined;
}

/** Checks one email of /emails or /emails/batch; returns the error Resend would give, if any. */
export function validateEmail(body: unknown, inBatch: boolean): ResendError | AcceptedFields {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return invalid("The request body must be a JSON object.");
  const email = body as Record<string, unknown>;
  for (const field of ["from", "to", "subject"]) if (email[field] === undefined || email[field] === null) return missing(field);
  if (!isAddress(email.from)) {
    return invalid("Invalid `from` field. The email address needs to follow the `email@example.com` or `Name <email@example.com>` format.");
  }
  const to = Array.isArray(email.to) ? email.to : [email.to];
  if (to.length === 0 || to.length > 50) return invalid("The `to` field must hold between 1 and 50 addresses.");
  if (!to.every(isAddress)) return invalid("Invalid `to` field. The email address needs to follow the `email@example.com` or `Name <email@example.com>` format.");
  if (typeof email.subject !== "string") return invalid("The `subject` field must be a string.");
  if (typeof email.html !== "string" && typeof email.text !== "string") return missing("html` or `text");
  if (inBatch && (email.attachments !== undefined || email.scheduled_at !== undefined)) {
    return invalid("Batch emails do not support `attachments` or `scheduled_at`.");
  }
  if (email.headers !== undefined && (typeof email.headers !== "object" || email.headers === null || Array.isArray(email.headers))) {
    return invalid("The `headers` field must be an object.");
  }
  return checkTags(email.tags) ?? ({ ...email, to: to as string[] } as unknown as AcceptedFields);
}

export function isResendError(value: ResendError | AcceptedFields): value is ResendError {
  return "status" in value && "name" in value;
}
