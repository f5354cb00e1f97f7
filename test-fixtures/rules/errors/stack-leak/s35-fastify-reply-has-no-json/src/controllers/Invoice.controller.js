import pg from 'pg';

const pool = new pg.Pool();

class InvoiceController {
  // written for Express: Fastify's reply has no json(), so the call throws and Fastify's
  // own error handler answers with its generic body; error.message never leaves
  async list(req, res) {
    try {
      const { rows } = await pool.query('SELECT id, total FROM invoices WHERE payer_id = $1', [req.query.payer]);
      res.status(200).json({ success: true, data: rows });
    } catch (error) {
      req.log.error(error);
      res.status(500).json({ success: false, error: 'Failed to list invoices', message: error.message });
    }
  }

  // send() exists on the reply: the driver's message goes out
  async get(request, reply) {
    try {
      const { rows } = await pool.query('SELECT id, total FROM invoices WHERE id = $1', [request.params.id]);
      return reply.code(200).send({ data: rows[0] });
    } catch (error) {
      request.log.error(error);
      return reply.code(500).send({ error: error.message }); // expect: errors/stack-leak
    }
  }
}

export default new InvoiceController();
