import { DataTypes } from 'sequelize';
import sequelize from '../config/database.js';

export const Dish = sequelize.define('Dish', { // expect: data/migrations-missing
  name: { type: DataTypes.STRING, allowNull: false },
  price: { type: DataTypes.DECIMAL(10, 2), allowNull: false },
});
