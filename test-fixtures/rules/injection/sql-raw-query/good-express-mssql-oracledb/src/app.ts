import express from 'express';
import sql from 'mssql';
import oracledb from 'oracledb';

const app = express();
app.use(express.json());

const poolReady = sql.connect(process.env.MSSQL_URL as string);
const REPORTS: Record<string, string> = {
  late: 'SELECT id, eta FROM shipments WHERE eta < SYSUTCDATETIME()',
  open: "SELECT id, eta FROM shipments WHERE status = 'open'",
};

app.get('/shipments', async (req, res) => {
  const pool = await poolReady;
  const result = await pool.request()
    .input('carrier', sql.VarChar(20), String(req.query.carrier))
    .query('SELECT id, carrier, eta FROM shipments WHERE carrier = @carrier');
  res.json(result.recordset);
});

app.post('/shipments/:id/notes', async (req, res) => {
  const request = new sql.Request();
  request.input('id', sql.Int, Number(req.params.id));
  request.input('body', sql.NVarChar(500), req.body.note);
  await request.query('INSERT INTO shipment_notes (shipment_id, body) VALUES (@id, @body)');
  res.status(201).end();
});

app.get('/stock/:sku', async (req, res) => {
  const conn = await oracledb.getConnection({ connectString: process.env.ORACLE_DSN });
  try {
    const result = await conn.execute('SELECT sku, qty FROM stock WHERE sku = :sku', { sku: req.params.sku });
    res.json(result.rows);
  } finally {
    await conn.close();
  }
});

// a named report: the client picks one of the fixed statements, never writes one
app.get('/reports/:name', async (req, res) => {
  const text = REPORTS[req.params.name];
  if (!text) return res.status(404).end();
  const pool = await poolReady;
  const result = await pool.request().query(text);
  res.json(result.recordset);
});

app.listen(3000);
