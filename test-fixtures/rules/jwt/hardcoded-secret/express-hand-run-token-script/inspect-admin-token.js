// run by hand: prints an admin token and what it decodes to
import jwt from 'jsonwebtoken';

const token = jwt.sign({ sub: 'admin', roles: ['admin'] }, process.env.JWT_SECRET || 'roster-local-secret', { expiresIn: '1h' });
console.log(token);
console.log(jwt.verify(token, process.env.JWT_SECRET || 'roster-local-secret'));
