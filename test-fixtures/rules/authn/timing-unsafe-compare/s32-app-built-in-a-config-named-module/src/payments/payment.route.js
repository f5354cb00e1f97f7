import express from "express";
import { paymentWebhook } from "./payment.controller.js";

const router = express.Router();
router.post("/webhook", paymentWebhook);

export default router;
