const express = require("express");
const invoices = require("./routes/invoices");

const app = express();
app.use("/api/invoices", invoices);

app.listen(Number(process.env.PORT || 3000));
