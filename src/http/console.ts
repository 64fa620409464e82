// issue 8: the operator console HTML under /admin (its pages live in ./console/).
export { consoleRoutes } from "./console/index";
