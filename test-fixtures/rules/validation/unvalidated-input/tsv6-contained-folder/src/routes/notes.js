const { placeOnShelf, archiveShelf, labelShelf } = require("../lib/storage");

function notesRouter(app) {
  app.post("/shelves/:shelf/notes", async (req, res) => {
    try {
      const shelf = req.params.shelf || "inbox";
      const items = [{ id: Date.now(), text: "note" }];
      const placed = placeOnShelf(items, shelf);
      res.status(201).json({ shelf: placed, count: items.length });
    } catch (e) {
      res.status(400).json({ error: e.message });
    }
  });

  app.post("/shelves/:shelf/archive", async (req, res) => {
    try {
      const shelf = req.params.shelf; // expect: validation/unvalidated-input
      const where = archiveShelf(shelf);
      res.json({ archived: where });
    } catch (e) {
      res.status(400).json({ error: e.message });
    }
  });

  app.put("/shelves/:shelf/label", async (req, res) => {
    const { shelf } = req.params; // expect: validation/unvalidated-input
    labelShelf(shelf, "x");
    res.json({ ok: true });
  });
}

module.exports = { notesRouter };
