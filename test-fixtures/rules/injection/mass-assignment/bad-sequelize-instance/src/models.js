const { Sequelize, DataTypes, Model } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL);

class Account extends Model {}
Account.init({ name: DataTypes.STRING, balance: DataTypes.INTEGER, plan: DataTypes.STRING }, { sequelize });

module.exports = { Account, sequelize };
