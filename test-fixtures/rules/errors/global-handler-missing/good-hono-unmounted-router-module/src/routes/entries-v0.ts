// The first version of the entries API, kept for reference after the rewrite in entries.ts; not mounted.
import { Hono } from "hono";

const app = new Hono();

app.get("/list", (c) => c.json({ entries: [] }));
app.post("/create", async (c) => {
  const body = await c.req.json();
  return c.json({ created: body }, 201);
});

export default app;
