// Report search service: request values handed down long chains of helpers to SQL and shell sinks.
// Several sinks sit at different depths of the same chains, so a search from one sink meets the
// searches of the others part way (the answers must not depend on which sink is traced first).
import express from 'express';
import { openReport, archiveReport, renameReport, walkTree, exportRows } from './reports';

const app = express();
app.use(express.json());

app.get('/reports/search', (req, res) => {
  openReport(String(req.query.title));
  res.json({ ok: true });
});

app.post('/reports/archive', (req, res) => {
  archiveReport(req.body.folder);
  res.json({ ok: true });
});

app.post('/reports/rename', (req, res) => {
  renameReport(req.body.name, 'draft');
  res.json({ ok: true });
});

app.post('/reports/tree', (req, res) => {
  walkTree(req.body.path, 0);
  res.json({ ok: true });
});

app.get('/reports/export', (req, res) => {
  exportRows(req.query.table as string);
  res.json({ ok: true });
});

app.listen(3000);
