// Local development only: serves the built bundle and forwards /api to the Spring backend.
import express from "express";

const app = express();
app.use(express.static("dist"));
app.get("/api/items", async (req, res) => {
  const upstream = await fetch("http://localhost:8080/api/items");
  res.status(upstream.status).send(await upstream.text());
});
app.listen(5174);
