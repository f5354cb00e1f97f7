const { Sequelize, DataTypes } = require('sequelize');
const db = new Sequelize(process.env.DATABASE_URL);
exports.Member = db.define('member', { email: DataTypes.STRING, password: DataTypes.STRING, pin_password: DataTypes.STRING });
