import { Hono } from "hono";
import loadUser from "../middlewares/loadUser";
import requirePermission from "../middlewares/requirePermission";

const teams = new Map<string, { id: string; name: string }>();

const teamsRoute = new Hono()
  .use(loadUser)
  .get("/", requirePermission("teams.read"), (c) => c.json([...teams.values()]))
  .delete("/:id", requirePermission("teams.delete"), (c) => {
    teams.delete(c.req.param("id"));
    return c.body(null, 204);
  });

export default teamsRoute;
