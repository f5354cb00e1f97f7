// a one-off diagnostic run by hand: prints what a long-lived admin token decodes to
import jwt from 'jsonwebtoken';

const token = jwt.sign({ sub: 'admin', roles: ['ADMIN'] }, process.env.JWT_SECRET, { expiresIn: '30d' });
console.log(jwt.decode(token));
