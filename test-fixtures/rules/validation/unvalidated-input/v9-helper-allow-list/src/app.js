const express = require("express");
const { exportAs, tagRows } = require("./exporters");

const app = express();
app.use(express.json());

app.get("/notes/export", async (req, res) => {
  try {
    const { format = "json", shelf = "live" } = req.query;
    const { mime, body } = await exportAs(format, shelf);
    res.setHeader("Content-Type", mime);
    res.status(200).send(body);
  } catch (e) {
    res.sendStatus(500);
  }
});

app.get("/notes/tagged", async (req, res) => {
  const { label } = req.query; // expect: validation/unvalidated-input
  const rows = await tagRows(label);
  res.json(rows);
});

app.listen(3000);
