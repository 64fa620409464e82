// The one place zod is configured. zod/mini is ~8 KB gzip against ~120 KB for
// the classic build; the English locale gives readable messages for 400s.
import * as z from "zod/mini";
import en from "zod/v4/locales/en.js";

z.config(en());

export { z };

/** Turns a zod error into one readable line: "email: Invalid email address; name: …". */
export function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
}
