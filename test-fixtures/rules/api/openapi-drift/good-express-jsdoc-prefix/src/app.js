const express = require('express');
const cors = require('cors');
const swaggerJsdoc = require('swagger-jsdoc');
const swaggerUi = require('swagger-ui-express');
const definition = require('./docs/definition');
const vehicles = require('./routes/vehicle.route');

const app = express();
const specs = swaggerJsdoc({ swaggerDefinition: definition, apis: ['src/routes/*.js'] });

app.use(cors());
app.options('*', cors());
app.get('/docs.json', (req, res) => res.json(specs));
app.use('/docs', swaggerUi.serve, swaggerUi.setup(specs));
app.get('/health', (req, res) => res.json({ ok: true }));
app.use('/v1/vehicle', vehicles);
app.all('*', (req, res) => res.status(404).json({ message: 'Not found' }));

app.listen(3000);
