import { DataTypes } from 'sequelize';
import { sequelize } from '../db.js';

const Sale = sequelize.define('Sale', {
  shopId: { type: DataTypes.INTEGER, allowNull: false },
  total: { type: DataTypes.DECIMAL(10, 2), allowNull: false },
  status: { type: DataTypes.STRING, allowNull: false },
});
export default Sale;
