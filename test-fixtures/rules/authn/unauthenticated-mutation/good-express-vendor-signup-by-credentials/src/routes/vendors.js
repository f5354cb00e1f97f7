import express from "express";
import jwt from "jsonwebtoken";
import vendorService from "../services/vendorService.js";
import { Dish } from "../models/index.js";

const router = express.Router();

const vendorOnly = (req, res, next) => {
    const raw = (req.headers.authorization || "").replace("Bearer ", "");
    try {
        req.vendor = jwt.verify(raw, process.env.JWT_SECRET);
        next();
    } catch {
        res.status(401).json({ message: "sign in" });
    }
};

// a stall owner signs up: title, e-mail and password, and gets a session token for the new stall
router.post("/signup", async (req, res) => {
    const { title, email, password } = req.body;
    if (typeof title !== "string" || typeof email !== "string" || typeof password !== "string") return res.status(400).end();
    const out = await vendorService.register({ title, email, password });
    res.status(201).json(out);
});

router.post("/dishes", vendorOnly, async (req, res) => {
    const dish = await Dish.create({ name: String(req.body.name), price: Number(req.body.price), vendorId: req.vendor.id });
    res.status(201).json(dish);
});

// renames any stall's dish, and nobody signs in
router.put("/dishes/:id", async (req, res) => { // expect: authn/unauthenticated-mutation
    res.json(await vendorService.renameDish(req.params.id, String(req.body.name)));
});

export default router;
