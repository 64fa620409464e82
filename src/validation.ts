// The one place zod is configured. zod/mini is ~8 KB gzip against ~120 KB for
// the classic build; the English locale gives readable messages for 400s.
// `z` is an object of named imports, not the zod/mini namespace: re-exporting the namespace
// makes esbuild keep all of zod (every locale, JSON schema): +390 KB raw, +75 KB gzip.
import {
  _default, array, boolean, catch as catchValue, coerce, config, type core, discriminatedUnion, email, enum as enumOf,
  extend, int, literal, maximum, maxLength, minimum, minLength, nullable, number, object, optional, pipe, positive,
  refine, regex, string, toLowerCase, transform, trim, union, unknown, url,
} from "zod/mini";
import type * as zm from "zod/mini";
import en from "zod/v4/locales/en.js";

config(en());

export const z = {
  _default, array, boolean, catch: catchValue, coerce, config, discriminatedUnion, email, enum: enumOf, extend, int,
  literal, maximum, maxLength, minimum, minLength, nullable, number, object, optional, pipe, positive, refine, regex,
  string, toLowerCase, transform, trim, union, unknown, url,
};
// A types-only namespace merges with the const above, so `z.infer<typeof X>` keeps working.
export namespace z {
  export type infer<T extends zm.core.SomeType> = zm.infer<T>;
  export type input<T extends zm.core.SomeType> = zm.input<T>;
  export type output<T extends zm.core.SomeType> = zm.output<T>;
  export namespace core {
    export type $ZodError<T = unknown> = zm.core.$ZodError<T>;
  }
}

/** Turns a zod error into one readable line: "email: Invalid email address; name: …". */
export function describeIssues(error: core.$ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
}
