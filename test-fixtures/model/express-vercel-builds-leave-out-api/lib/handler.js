// adapts a (req, res) function to a serverless function with a method allow-list
function apiHandler(fn, options = {}) {
  return async (req, res) => {
    if (options.methods && !options.methods.includes(req.method)) return res.status(405).end();
    return fn(req, res);
  };
}

module.exports = { apiHandler };
