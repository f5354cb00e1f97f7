import express from 'express';
import sql from 'mssql';
import oracledb from 'oracledb';

const app = express();
app.use(express.json());

const poolReady = sql.connect(process.env.MSSQL_URL as string);

// GET /shipments?carrier=dhl
app.get('/shipments', async (req, res) => {
  const pool = await poolReady;
  const result = await pool.request().query(`SELECT id, carrier, eta FROM shipments WHERE carrier = '${req.query.carrier}'`); // expect: injection/sql-raw-query
  res.json(result.recordset);
});

app.post('/shipments/:id/notes', async (req, res) => {
  const request = new sql.Request();
  await request.batch("INSERT INTO shipment_notes (shipment_id, body) VALUES (" + req.params.id + ", '" + req.body.note + "')"); // expect: injection/sql-raw-query
  res.status(201).end();
});

// Oracle: the warehouse stock lives in the ERP database
app.get('/stock/:sku', async (req, res) => {
  const conn = await oracledb.getConnection({ connectString: process.env.ORACLE_DSN });
  try {
    const result = await conn.execute(`SELECT sku, qty FROM stock WHERE sku = '${req.params.sku}'`); // expect: injection/sql-raw-query
    res.json(result.rows);
  } finally {
    await conn.close();
  }
});

// the whole statement comes from the client: an "advanced search" box
app.post('/reports/adhoc', async (req, res) => {
  const pool = await poolReady;
  const result = await pool.request().query(req.body.statement); // expect: injection/sql-raw-query
  res.json(result.recordset);
});

app.listen(3000);
