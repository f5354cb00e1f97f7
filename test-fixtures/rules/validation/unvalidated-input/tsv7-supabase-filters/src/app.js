const express = require('express');
const supabase = require('./supabase');

const app = express();
app.use(express.json());

// the path id only filters rows: eq, and neq to leave the lease itself out of the overlap check
app.get('/leases/:leaseId/overlaps', async (req, res) => {
  const { leaseId } = req.params;
  const { data: lease, error } = await supabase.from('leases').select('unit_id').eq('lease_id', leaseId).single();
  if (error) return res.status(404).json({ error: 'Lease not found' });
  const { data } = await supabase
    .from('leases')
    .select('lease_id, starts_on, ends_on')
    .eq('unit_id', lease.unit_id)
    .neq('lease_id', leaseId);
  res.json(data);
});

// the path id built into a storage path: reported
app.get('/leases/:leaseId/scan', async (req, res) => {
  const { leaseId } = req.params; // expect: validation/unvalidated-input
  const { data } = await supabase.storage.from('scans').createSignedUrl(`leases/${leaseId}/scan.pdf`, 60);
  res.json(data);
});

app.listen(3000);
