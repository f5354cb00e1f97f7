// Routes of the first checkout flow. server.js stopped mounting them when ordersRouter replaced them.
import { Router } from "express";
import { createLegacyOrder } from "../controllers/legacyOrdersController.js";

const router = Router();
router.post("/", createLegacyOrder);

export default router;
