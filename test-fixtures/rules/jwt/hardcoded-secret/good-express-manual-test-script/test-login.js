// run by hand against a local server: node test-login.js
const jwt = require('jsonwebtoken');

const token = jwt.sign({ id: 1, role: 'admin' }, process.env.JWT_SECRET || 'local-dev-secret');
fetch('http://localhost:3000/api/me', { headers: { Authorization: `Bearer ${token}` } }).then((r) => r.json()).then(console.log);
