const express = require('express');
const multer = require('multer');
const { createClient } = require('@supabase/supabase-js');

const supabase = createClient(process.env.SUPABASE_URL, process.env.SUPABASE_KEY);
const upload = multer({ storage: multer.memoryStorage() });
const app = express();

// the folder is named after a lease that must exist: single() errors when no row matches, and that answers 404
app.post('/leases/:leaseId/scans', upload.single('scan'), async (req, res) => {
  const { leaseId } = req.params;
  const { data: lease, error } = await supabase.from('leases').select('id').eq('lease_id', leaseId).single();
  if (error) return res.status(404).json({ error: 'lease not found' });
  const path = `scans/${leaseId}/${Date.now()}.pdf`;
  await supabase.storage.from('files').upload(path, req.file.buffer);
  res.status(201).json({ path, lease: lease.id });
});

// maybeSingle() answers no row without an error: the missing data is what turns the request away
app.get('/tenants/:tenantId/card', async (req, res) => {
  const { data } = await supabase.from('tenants').select('id, name').eq('tenant_id', req.params.tenantId).maybeSingle();
  if (!data) return res.status(404).json({ error: 'tenant not found' });
  const { data: url } = supabase.storage.from('cards').getPublicUrl(`cards/${req.params.tenantId}.png`);
  res.json({ name: data.name, url });
});

// a miss is only logged: any text reaches the storage path
app.post('/units/:unitId/photos', upload.single('photo'), async (req, res) => {
  const { unitId } = req.params; // expect: validation/unvalidated-input
  const { error } = await supabase.from('units').select('id').eq('unit_id', unitId).single();
  if (error) console.warn('unit lookup failed', error.message);
  const path = `photos/${unitId}/${Date.now()}.jpg`;
  await supabase.storage.from('files').upload(path, req.file.buffer);
  res.status(201).json({ path });
});

app.listen(3000);
