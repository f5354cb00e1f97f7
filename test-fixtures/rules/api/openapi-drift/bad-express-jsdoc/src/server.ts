import express from 'express';
import swaggerJsdoc from 'swagger-jsdoc';
import swaggerUi from 'swagger-ui-express';

const app = express();
const spec = swaggerJsdoc({
  definition: { openapi: '3.0.0', info: { title: 'Orders', version: '1.0.0' }, servers: [{ url: 'http://localhost:3000/api' }] },
  apis: ['./src/*.ts'],
});

/**
 * @openapi
 * /orders:
 *   get:
 *     responses:
 *       200:
 *         description: The orders
 */
app.get('/api/orders', (_req, res) => res.json([]));

app.delete('/api/orders/:id', (req, res) => res.status(204).end()); // expect: api/openapi-drift

/**
 * @openapi
 * /orders/{id}/cancel:
 *   post: # expect: api/openapi-drift
 *     responses:
 *       200:
 *         description: Cancelled
 */

app.use('/docs', swaggerUi.serve, swaggerUi.setup(spec));
app.listen(3000);
