// the API before it moved into backend/ (kept while the move settles)
const express = require('express');
const cors = require('cors');
const shiftRoutes = require('./routes/shifts');

const app = express();
app.use(cors());
app.use(express.json());
app.use('/api/shifts', shiftRoutes);

app.use((err, req, res, next) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(process.env.PORT || 5000, () => console.log('listening'));
