import express from "express";
import vendors from "./routes/vendors.js";

const app = express();
app.use(express.json());
app.use("/api/vendors", vendors);
app.listen(3000);
