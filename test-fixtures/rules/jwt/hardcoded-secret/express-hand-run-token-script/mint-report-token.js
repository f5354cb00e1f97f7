// run by hand: a report token signed with the same fallback the server uses, which the server accepts when unset
import jwt from 'jsonwebtoken';

console.log(jwt.sign({ scope: 'report' }, process.env.REPORT_JWT_SECRET || 'report-signing-fallback')); // expect: jwt/hardcoded-secret
