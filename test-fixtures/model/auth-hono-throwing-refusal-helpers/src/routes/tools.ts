import { Hono } from "hono";
import loadUser from "../middlewares/loadUser";
import requirePermission from "../middlewares/requirePermission";

const toolsRoute = new Hono().use(loadUser).use(requirePermission("tools.use"));

toolsRoute.get("/", (c) => c.json({ tools: ["reindex"] }));

export default toolsRoute;
