const express = require('express');
const { projectHash } = require('./utils/fingerprint');
const { tsconfigFor } = require('./services/scaffold');
const orders = require('./routes/orders');

const app = express();
app.use(express.json({ limit: '100kb' }));
app.use('/api/orders', orders);

app.get('/api/projects/:id/hash', async (req, res) => {
  res.json({ hash: await projectHash(`/srv/projects/${Number(req.params.id)}`), tsconfig: tsconfigFor('next') });
});

app.listen(process.env.PORT || 3000);
