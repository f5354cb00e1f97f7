import express from 'express';
import swaggerJsdoc from 'swagger-jsdoc';
import swaggerUi from 'swagger-ui-express';

const app = express();
const spec = swaggerJsdoc({
  definition: { openapi: '3.0.0', info: { title: 'Orders', version: '1.0.0' }, servers: [{ url: '/api' }] },
  apis: ['./src/*.ts'],
});

/**
 * @openapi
 * /orders:
 *   get:
 *     summary: Lists the orders
 *     responses:
 *       200:
 *         description: The orders
 */
app.get('/api/orders', (_req, res) => res.json([]));

app.use('/docs', swaggerUi.serve, swaggerUi.setup(spec));
app.listen(3000);
