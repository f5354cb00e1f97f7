const express = require('express');
const { authenticate } = require('./middleware/auth');
const { getStatement, renameStatement } = require('./controllers/statements');

const app = express();
app.use(express.json());

app.get('/api/statements/:statementId', authenticate, getStatement);
app.patch('/api/statements/:statementId', authenticate, renameStatement);

app.listen(4000);
