// Form input of the console, validated at the edge. Each schema shares its name with its type.
import { z } from "../../validation";

const field = (max: number) => z.string().check(z.maxLength(max));

export const LoginForm = z.object({ token: field(512) });
export type LoginForm = z.infer<typeof LoginForm>;

/** A positive integer from a path or query parameter ("12" → 12). */
export const IdParam = z.coerce.number().check(z.int(), z.positive(), z.maximum(Number.MAX_SAFE_INTEGER));

export const PageQuery = z.object({ page: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(10_000))) });
export type PageQuery = z.infer<typeof PageQuery>;


const Status = z.enum(["pending", "active", "unsubscribed", "bounced", "complained"]);
const blankToUndefined = (value: string | undefined) => (value && value.trim() ? value.trim() : undefined);

export const SubscriberQuery = z.object({
  q: z.pipe(z.optional(field(200)), z.transform(blankToUndefined)),
  status: z.pipe(z.optional(z.string()), z.transform(blankToUndefined)).check(
    z.refine((value) => value === undefined || Status.safeParse(value).success, "status must be one of: pending, active, unsubscribed, bounced, complained"),
  ),
  after: z._default(z.coerce.number().check(z.int(), z.minimum(0)), 0),
});
export type SubscriberQuery = z.infer<typeof SubscriberQuery>;

export const EraseForm = z.object({
  email: z.email("Enter the full email address to erase."),
  confirm: z.optional(z.literal("yes")),
});
export type EraseForm = z.infer<typeof EraseForm>;

export const TestSendForm = z.object({
  edition: IdParam,
  email: z.email("Enter an email address to send the test to."),
});
export type TestSendForm = z.infer<typeof TestSendForm>;

export const PreviewForm = z.object({
  feed: z.pipe(z.optional(field(2048)), z.transform(blankToUndefined)),
  url: z.pipe(z.optional(field(2048)), z.transform(blankToUndefined)).check(
    z.refine((value) => value === undefined || isHttpUrl(value), "The feed URL must be an http(s) URL."),
  ),
});
export type PreviewForm = z.infer<typeof PreviewForm>;

function isHttpUrl(value: string): boolean {
  try {
    return ["http:", "https:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}
