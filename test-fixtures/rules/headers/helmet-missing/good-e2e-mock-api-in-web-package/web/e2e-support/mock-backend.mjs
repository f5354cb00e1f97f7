import express from "express";

const app = express();
app.use(express.json());
app.use(express.static("dist"));

const orders = [{ id: "o-1", total: 42 }];

app.get("/api/orders", (req, res) => res.json(orders));
app.post("/api/orders", (req, res) => {
  const order = { id: `o-${orders.length + 1}`, total: Number(req.body.total) || 0 };
  orders.push(order);
  res.status(201).json(order);
});

app.listen(Number(process.env.PORT || 4300));
