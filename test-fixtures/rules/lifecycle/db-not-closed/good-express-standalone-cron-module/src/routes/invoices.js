const { Router } = require("express");
const { pool } = require("../db");

const router = Router();
router.get("/", async (req, res) => {
  const { rows } = await pool.query("SELECT id, total FROM invoices ORDER BY id DESC LIMIT 50");
  res.json(rows);
});

module.exports = router;
