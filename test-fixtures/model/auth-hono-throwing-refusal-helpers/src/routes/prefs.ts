import { Hono } from "hono";
import PortalError from "../errors/PortalError";
import loadUser from "../middlewares/loadUser";

const themes = new Map<string, string>();

const prefsRoute = new Hono().use(loadUser);

prefsRoute.get("/theme", (c) => {
  const uid = c.get("uid");
  if (!uid) {
    throw new PortalError({ message: "Unauthorized", statusCode: 401, code: "UNAUTHORIZED" });
  }
  return c.json({ theme: themes.get(uid) ?? "light" });
});

export default prefsRoute;
