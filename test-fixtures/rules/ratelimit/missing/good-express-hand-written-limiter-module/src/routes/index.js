const session = require("./session");

module.exports = (router) => {
  session(router);
  return router;
};
