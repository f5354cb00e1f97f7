import express from "express";

const router = express.Router();
router.post("/sync", (req, res) => {
  if (req.get("x-internal-key") !== process.env.INTERNAL_KEY) return res.sendStatus(401); // expect: authn/timing-unsafe-compare
  res.json({ synced: true });
});

export default router;
