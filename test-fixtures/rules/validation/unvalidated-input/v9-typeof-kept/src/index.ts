import { Hono } from "hono";
import { db } from "./store";

const app = new Hono();

// the offset is kept only when it is a non-negative number, else it becomes 0
app.get("/rooms/:id/posts", async (c) => {
  const roomId = c.req.param("id");
  let start = c.req.query("start") || 0;

  if (typeof start !== "number" || start < 0) start = 0;

  const posts = await db.post.findMany({ where: { roomId }, skip: start, take: 25 });
  return c.json(posts);
});

// the same test as a conditional expression
app.get("/rooms/:id/replies", async (c) => {
  const roomId = c.req.param("id");
  const from = c.req.query("from");
  const skip = typeof from === "number" && from >= 0 ? from : 0;
  const replies = await db.post.findMany({ where: { roomId }, skip, take: 25 });
  return c.json(replies);
});

// a typeof test that does not guard the use: the value goes on whatever it is
app.post("/notes", async (c) => {
  let tag = c.req.query("tag") || ""; // expect: validation/unvalidated-input
  if (typeof tag !== "string") console.log("odd tag");
  const notes = await db.note.create({ data: { tag } });
  return c.json(notes);
});

export default app;
