// Form input of the console, validated at the edge. Each schema shares its name with its type.
import { z } from "../../validation";

const field = (max: number) => z.string().check(z.maxLength(max));

export const LoginForm = z.object({ token: field(512) });
export type LoginForm = z.infer<typeof LoginForm>;
