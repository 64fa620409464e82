// issue 8: the operator console, HTML under /admin. Every page attaches requireSession itself:
// a use("*") here would also run on the JSON routes mounted at the same /admin prefix.
import { Hono } from "hono/tiny";
import { editionsRoutes } from "./editions";
import { loginRoutes } from "./login";
import { outboxRoutes } from "./outbox";
import { overviewRoutes } from "./overview";
import { previewRoutes } from "./preview";
import type { ConsoleEnv } from "./session";
import { subscribersRoutes } from "./subscribers";
import { subscribersCsvRoutes } from "./subscribers-import";
import { testSendRoutes } from "./test-send";

export const consoleRoutes = new Hono<ConsoleEnv>();

consoleRoutes.route("/", loginRoutes);
consoleRoutes.route("/", overviewRoutes);
consoleRoutes.route("/", editionsRoutes);
consoleRoutes.route("/", outboxRoutes);
consoleRoutes.route("/", subscribersRoutes);
consoleRoutes.route("/", subscribersCsvRoutes);
consoleRoutes.route("/", testSendRoutes);
consoleRoutes.route("/", previewRoutes);
