const { Sequelize, DataTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });
const Post = sequelize.define('Post', { title: DataTypes.STRING, body: DataTypes.TEXT, authorId: DataTypes.INTEGER });

module.exports = { sequelize, Sequelize, Post };
