const { Sequelize, DataTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL);

const User = sequelize.define('User', {
  email: { type: DataTypes.STRING, unique: true },
  displayName: DataTypes.STRING,
});

const Invoice = sequelize.define('Invoice', {
  amount: DataTypes.INTEGER,
  paid: DataTypes.BOOLEAN,
});
Invoice.belongsTo(User);

module.exports = { sequelize, User, Invoice };
