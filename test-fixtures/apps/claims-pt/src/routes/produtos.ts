import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import { pool } from '../db.js';
import { env } from '../env.js';

const POR_PAGINA = 20;
const CAMPOS = 'id, nome, descricao, preco_centavos, estoque';

// Tokens emitidos pelo serviço de autenticação da loja (HS256, segredo compartilhado)
const autenticado = jwt({ secret: env.JWT_SECRET, alg: 'HS256' });

export const produtos = new Hono();

produtos.get('/', async (c) => {
  const pagina = Math.max(Number(c.req.query('pagina') ?? '1'), 1); // expect: validation/unvalidated-input
  const { rows } = await pool.query(`SELECT ${CAMPOS} FROM produtos ORDER BY id LIMIT $1 OFFSET $2`, [
    POR_PAGINA,
    (pagina - 1) * POR_PAGINA,
  ]);
  return c.json({ pagina, itens: rows });
});

produtos.get('/:id', async (c) => {
  const id = c.req.param('id');
  const { rows } = await pool.query(`SELECT ${CAMPOS} FROM produtos WHERE id = $1`, [id]);
  if (rows.length === 0) {
    return c.json({ erro: 'produto não encontrado' }, 404);
  }
  return c.json(rows[0]);
});

produtos.post('/', autenticado, async (c) => {
  const dados = await c.req.json(); // expect: validation/unvalidated-input
  const { rows } = await pool.query(
    `INSERT INTO produtos (nome, descricao, preco_centavos, estoque) VALUES ($1, $2, $3, $4) RETURNING ${CAMPOS}`,
    [dados.nome, dados.descricao ?? '', dados.preco_centavos, dados.estoque ?? 0],
  );
  return c.json(rows[0], 201);
});

produtos.put('/:id', autenticado, async (c) => {
  const id = c.req.param('id');
  const dados = await c.req.json(); // expect: validation/unvalidated-input
  const { rows } = await pool.query(
    `UPDATE produtos SET nome = $1, descricao = $2, preco_centavos = $3, estoque = $4 WHERE id = $5 RETURNING ${CAMPOS}`,
    [dados.nome, dados.descricao, dados.preco_centavos, dados.estoque, id],
  );
  if (rows.length === 0) {
    return c.json({ erro: 'produto não encontrado' }, 404);
  }
  return c.json(rows[0]);
});

produtos.delete('/:id', autenticado, async (c) => {
  const id = c.req.param('id');
  const { rowCount } = await pool.query('DELETE FROM produtos WHERE id = $1', [id]);
  if (rowCount === 0) {
    return c.json({ erro: 'produto não encontrado' }, 404);
  }
  return c.body(null, 204);
});
