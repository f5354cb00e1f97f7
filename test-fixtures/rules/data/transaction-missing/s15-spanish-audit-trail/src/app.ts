import express from 'express';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
app.use(express.json());

// The audit trail of the inventory (who changed what, from where): a note kept for people to read later.
async function auditar(req: any, entidad: string, id: string, accion: string) {
  await pool.query(
    `INSERT INTO inventario_auditoria (entidad, entidad_id, accion, usuario_id, ip) VALUES ($1, $2, $3, $4, $5)`,
    [entidad, id, accion, req.user?.id ?? null, req.ip],
  );
}

// The change, then its audit line: a lost audit line leaves the item itself consistent.
app.delete('/articulos/:id', async (req, res) => {
  await pool.query('UPDATE articulo SET deleted_at = now() WHERE id = $1', [req.params.id]);
  await auditar(req, 'articulo', req.params.id, 'eliminar');
  res.sendStatus(204);
});

// Two changes of the inventory itself: a failure between them leaves half of the move.
app.post('/articulos/:id/mover', async (req, res) => {
  await pool.query('UPDATE articulo SET ubicacion = $2 WHERE id = $1', [req.params.id, req.body.destino]); // expect: data/transaction-missing
  await pool.query('INSERT INTO movimiento (articulo_id, destino) VALUES ($1, $2)', [req.params.id, req.body.destino]);
  res.sendStatus(204);
});

app.listen(3000);
