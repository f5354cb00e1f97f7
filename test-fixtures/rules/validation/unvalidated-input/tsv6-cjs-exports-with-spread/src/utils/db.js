// query helpers shared by the handlers
function page(limit, skip) {
  return { limit: Math.min(Number(limit) || 20, 100), skip: Math.max(Number(skip) || 0, 0) };
}

module.exports = { page };
