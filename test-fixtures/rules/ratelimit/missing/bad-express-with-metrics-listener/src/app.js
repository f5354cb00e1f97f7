const express = require("express");
const { startMetrics } = require("./metrics");

const app = express(); // expect: ratelimit/missing
app.use(express.json());
app.post("/orders", (req, res) => res.status(201).json({ id: 1 }));
app.get("/orders/:id", (req, res) => res.json({ id: req.params.id }));
app.listen(3000, () => startMetrics());
