const express = require("express");
const routes = require("./routes/index");

const app = express();
const router = express.Router();
app.use(express.json());
app.use("/api", routes(router));
app.listen(8080);
