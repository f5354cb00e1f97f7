module.exports = { printerKey: process.env.PRINTER_KEY }; // expect: config/env-undocumented
