import { Sequelize, DataTypes } from "sequelize";
import bcrypt from "bcryptjs";

const db = new Sequelize(process.env.DATABASE_URL);

export const Vendor = db.define("Vendor", {
    title: DataTypes.STRING,
    email: DataTypes.STRING,
    password: DataTypes.STRING,
    stallCode: DataTypes.STRING,
}, {
    hooks: {
        beforeCreate: async (v) => { v.password = await bcrypt.hash(v.password, 12); },
    },
});

export const Dish = db.define("Dish", { name: DataTypes.STRING, price: DataTypes.INTEGER, vendorId: DataTypes.INTEGER });
