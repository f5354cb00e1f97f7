import Ajv, { type JSONSchemaType } from 'ajv';
import addFormats from 'ajv-formats';
import express from 'express';
import { recordEvents, countEvents } from './events';

interface EventBatch {
  deviceId: string;
  events: { name: string; at: string }[];
}

const ajv = new Ajv({ allErrors: true, removeAdditional: true });
addFormats(ajv);

const batchSchema: JSONSchemaType<EventBatch> = {
  type: 'object',
  required: ['deviceId', 'events'],
  additionalProperties: false,
  properties: {
    deviceId: { type: 'string', format: 'uuid' },
    events: {
      type: 'array',
      maxItems: 500,
      items: { type: 'object', required: ['name', 'at'], properties: { name: { type: 'string', maxLength: 64 }, at: { type: 'string', format: 'date-time' } } },
    },
  },
};
const validateBatch = ajv.compile(batchSchema);
const countQuerySchema = { type: 'object', required: ['name'], properties: { name: { type: 'string', maxLength: 64 } } };

const app = express();
app.use(express.json({ limit: '256kb' }));

app.post('/events', async (req, res) => {
  if (!validateBatch(req.body)) return res.status(400).json({ errors: validateBatch.errors });
  await recordEvents(req.body.deviceId, req.body.events);
  res.status(202).end();
});

app.get('/events/count', async (req, res) => {
  if (!ajv.validate(countQuerySchema, req.query)) return res.status(400).json({ errors: ajv.errors });
  res.json({ count: await countEvents(String(req.query.name)) });
});

app.listen(3000);
