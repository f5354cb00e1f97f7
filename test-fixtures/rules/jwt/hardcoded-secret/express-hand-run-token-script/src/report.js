import jwt from 'jsonwebtoken';

// a token for the reporting service, which the server signs itself: the fallback is live server code
export const reportToken = () => jwt.sign({ scope: 'report' }, process.env.REPORT_JWT_SECRET || 'report-signing-fallback', { expiresIn: '5m' }); // expect: jwt/hardcoded-secret
