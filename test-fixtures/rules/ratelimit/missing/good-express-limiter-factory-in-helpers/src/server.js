const express = require("express");
const account = require("./routes/account");

const app = express();
app.use(express.json());
app.use("/api/account", account);
app.listen(3000);
