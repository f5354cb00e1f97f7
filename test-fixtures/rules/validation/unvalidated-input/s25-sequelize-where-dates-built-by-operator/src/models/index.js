const { Sequelize, DataTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL, { dialect: 'postgres' });

const Delivery = sequelize.define('Delivery', {
  depotId: { type: DataTypes.INTEGER, allowNull: false },
  arrivedAt: { type: DataTypes.DATE, allowNull: false },
  driver: { type: DataTypes.STRING },
});

module.exports = { sequelize, Delivery };
