import express from 'express';
import { Modules } from './modules.js';

const app = express();

app.post('/tenants/:tenantId/modules/:code/activate', async (req, res) => {
  try {
    await Modules.activate(req.params.tenantId, req.params.code);
    res.json({ ok: true });
  } catch (error: any) {
    res.status(500).json({ message: error.message || 'Failed to activate module' });
  }
});

app.post('/tenants/:tenantId/modules/:code/deactivate', async (req, res) => {
  try {
    await Modules.deactivate(req.params.tenantId, req.params.code);
    res.json({ ok: true });
  } catch (error: any) {
    res.status(500).json({ message: error.message || 'Failed to deactivate module' }); // expect: errors/stack-leak
  }
});

app.listen(3000);
