import { Hono } from "hono";
import { requireStaff } from "../staff";

const orders = new Hono();

orders.use("/staff/*", requireStaff);

orders.get("/staff/orders", async (c) => {
  const { results } = await c.env.DB.prepare("SELECT id, tag, note FROM orders ORDER BY id DESC LIMIT 50").all();
  return c.html(
    <table>
      <tbody>
        {results.map((r) => (
          <tr>
            <td>{r.tag}</td>
            <td>{r.note ? <span class="muted">(edited)</span> : "-"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
});

orders.post("/staff/orders/:id/pickup", async (c) => {
  await c.env.DB.prepare("UPDATE orders SET picked_up = 1 WHERE id = ?").bind(c.req.param("id")).run();
  return c.redirect("/staff/orders");
});

export default orders;
