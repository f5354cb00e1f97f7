const { Sequelize, DataTypes } = require('sequelize');

const db = new Sequelize(process.env.DATABASE_URL);
const Recipe = db.define('Recipe', { title: DataTypes.STRING, steps: DataTypes.TEXT, notes: DataTypes.TEXT });

module.exports = { Recipe };
