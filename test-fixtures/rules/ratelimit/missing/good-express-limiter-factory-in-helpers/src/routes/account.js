const { Router } = require("express");
const helpers = require("../handlers/helpers");

const router = Router();

router.post("/login", helpers.limitRequests({ seconds: 60, max: 5 }), (req, res) => res.json({ ok: true }));
router.post("/signup", helpers.limitRequests({ seconds: 60, max: 3 }), (req, res) => res.status(201).end());

module.exports = router;
