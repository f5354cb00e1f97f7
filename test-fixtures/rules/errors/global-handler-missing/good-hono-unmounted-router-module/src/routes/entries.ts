import { Hono } from "hono";

const entries = new Hono();

entries.get("/", (c) => c.json([]));
entries.get("/:id", (c) => c.json({ id: c.req.param("id") }));

export default entries;
