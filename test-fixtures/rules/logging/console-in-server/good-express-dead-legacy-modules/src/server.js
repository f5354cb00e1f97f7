import express from "express";
import ordersRouter from "./routes/orders.js";

const app = express();
app.use(express.json());
app.use("/api/orders", ordersRouter);

app.listen(Number(process.env.PORT || 3000));
