const debugLevel = process.env.PNP_DEBUG_LEVEL;
module.exports = { debugLevel };
