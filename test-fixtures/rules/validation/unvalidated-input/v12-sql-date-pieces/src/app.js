const express = require("express");
const pool = require("./db");

const app = express();
app.use(express.json());

// the day bounds travel as bound values: only the ? placeholders of the WHERE carry them
app.get("/api/reports/shipments", async (req, res) => {
  const { from_day, to_day, carrier } = req.query;
  const where = [];
  const values = [];
  if (from_day) {
    where.push("shipped_at >= ?");
    values.push(`${from_day} 00:00:00`);
  }
  if (to_day) {
    where.push("shipped_at <= ?");
    values.push(`${to_day} 23:59:59`);
  }
  if (carrier) {
    where.push("carrier = ?");
    values.push(carrier);
  }
  const clause = where.length > 0 ? `WHERE ${where.join(" AND ")}` : "";
  const [rows] = await pool.query(`SELECT id, carrier, shipped_at FROM shipments ${clause} ORDER BY shipped_at DESC`, values);
  res.json(rows);
});

// the day spliced into the SQL text itself
app.get("/api/reports/returns", async (req, res) => {
  const { from_day } = req.query; // expect: validation/unvalidated-input
  const [rows] = await pool.query(`SELECT id, reason FROM returns WHERE returned_at >= '${from_day} 00:00:00'`);
  res.json(rows);
});

app.listen(3000);
