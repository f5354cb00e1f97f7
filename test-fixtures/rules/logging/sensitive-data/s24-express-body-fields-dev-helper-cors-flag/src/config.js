module.exports = {
  cors: {
    origin: (process.env.CORS_ORIGIN || 'http://localhost:5173').split(','),
    credentials: process.env.CORS_CREDENTIALS !== 'false',
  },
  smtp: {
    host: process.env.SMTP_HOST,
    credentials: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
  },
};
