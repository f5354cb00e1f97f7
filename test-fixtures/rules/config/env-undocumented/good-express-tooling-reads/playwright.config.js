module.exports = { use: { headless: process.env.E2E_HEADLESS !== 'false' } };
