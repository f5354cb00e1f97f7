const express = require("express");
const { notesRouter } = require("./routes/notes");

const app = express();
app.use(express.json());
notesRouter(app);
app.listen(3000);
