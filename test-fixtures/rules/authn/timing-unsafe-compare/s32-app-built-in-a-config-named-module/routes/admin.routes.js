import express from "express";
import paymentRoutes from "../src/payments/payment.route.js";
import eventRoutes from "../src/events/event.route.js";
import memberRoutes from "../src/members/member.route.js";
import { createRequire } from "module";

const require = createRequire(import.meta.url);
const pkg = require("../package.json");

const router = express.Router();
router.get("/version", (req, res) => res.json({ version: pkg.version }));
router.use("/payments", paymentRoutes);
router.use("/events", eventRoutes);
router.use("/members", memberRoutes);

export default router;
