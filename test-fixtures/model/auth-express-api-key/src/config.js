module.exports = { printerKey: process.env.PRINTER_KEY };
