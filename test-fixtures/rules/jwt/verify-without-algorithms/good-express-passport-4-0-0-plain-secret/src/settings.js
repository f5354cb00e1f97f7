if (!process.env.AUTH_SECRET) throw new Error('AUTH_SECRET is required');
module.exports = { auth: { secret: process.env.AUTH_SECRET } };
