import { Hono } from "hono";
import { pageOf, loosePage } from "./paging";

const app = new Hono();

// the sort key is kept only when it names a column of the fixed map; the paging helper checks the rest
app.get("/parcels", async (c) => {
  const { limit, offset, order, direction } = c.req.query();
  const columns: Record<string, string> = { id: "p.id", weight: "p.weight", sent_at: "p.sent_at" };
  const column = Object.hasOwn(columns, order) ? columns[order] : "p.id";
  const dir = direction === "up" ? "asc" : "desc";
  return await pageOf(c, "SELECT p.* FROM parcels p", limit, offset, `${column} ${dir}`);
});

const LABELS = { small: "p.size < 10", large: "p.size >= 10" };

app.get("/parcels/by-size", async (c) => {
  const size = c.req.query("size") || "small";
  const clause = LABELS.hasOwnProperty(size) ? LABELS[size] : "1 = 1";
  const rows = await c.env.DB.prepare(`SELECT * FROM parcels p WHERE ${clause}`).all();
  return c.json(rows);
});

// the map is tested only after the key went into the SQL text
app.get("/parcels/late", async (c) => {
  const sort = c.req.query("sort"); // expect: validation/unvalidated-input
  const rows = await c.env.DB.prepare(`SELECT * FROM parcels ORDER BY ${sort}`).all();
  if (!Object.hasOwn({ id: 1, weight: 1 }, sort)) console.warn("unknown sort");
  return c.json(rows);
});

// a sign test whose branch only logs validates nothing
app.get("/parcels/loose", async (c) => {
  const { offset } = c.req.query(); // expect: validation/unvalidated-input
  return await loosePage(c, "SELECT * FROM parcels", offset);
});

export default app;
