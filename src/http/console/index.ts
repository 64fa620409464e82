// issue 8: the operator console, HTML under /admin. Every page attaches requireSession itself:
// a use("*") here would also run on the JSON routes mounted at the same /admin prefix.
import { Hono } from "hono";
import { loginRoutes } from "./login";
import { overviewRoutes } from "./overview";
import type { ConsoleEnv } from "./session";

export const consoleRoutes = new Hono<ConsoleEnv>();

consoleRoutes.route("/", loginRoutes);
consoleRoutes.route("/", overviewRoutes);
