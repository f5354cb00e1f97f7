const limiter = require("../util/limiter");

const loginLimit = limiter({ windowMs: 30000, max: 10 });

module.exports = (router) => {
  router.route("/session").post(loginLimit, (req, res) => res.json({ token: "t" }));
  router.route("/session/me").get((req, res) => res.json({}));
};
