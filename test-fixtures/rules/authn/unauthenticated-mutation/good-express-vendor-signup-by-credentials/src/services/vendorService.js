import jwt from "jsonwebtoken";
import { Vendor, Dish } from "../models/index.js";

const withRetry = async (work, tries = 3) => {
    for (let i = 1; i <= tries; i++) {
        try {
            return await work();
        } catch (e) {
            if (i === tries) throw e;
        }
    }
};

class VendorService {
    async register(input) {
        const { title, email, password } = input;
        const taken = await withRetry(() => Vendor.findOne({ where: { email } }));
        if (taken) throw new Error("email in use");
        const vendor = await withRetry(() => Vendor.create({
            title: title.trim(),
            email: email.toLowerCase(),
            password,
            stallCode: `ST${Math.floor(1000 + Math.random() * 9000)}`,
        }));
        const token = jwt.sign({ id: vendor.id, kind: "vendor" }, process.env.JWT_SECRET, { expiresIn: "7d" });
        return { vendor, token };
    }

    async renameDish(id, name) {
        const dish = await Dish.findByPk(id);
        dish.name = name;
        await dish.save();
        return dish;
    }
}

export default new VendorService();
