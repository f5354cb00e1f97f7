import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import entries from "./routes/entries";

const app = new Hono();

app.route("/api/entries", entries);

app.onError((err, c) => {
  if (err instanceof HTTPException) return err.getResponse();
  return c.json({ error: "internal error" }, 500);
});

export default { port: Number(process.env.PORT ?? 3000), fetch: app.fetch };
