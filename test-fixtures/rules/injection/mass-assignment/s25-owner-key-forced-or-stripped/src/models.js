const { Sequelize, DataTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL, { dialect: 'postgres' });

const Crew = sequelize.define('Crew', {
  firmId: { type: DataTypes.INTEGER, allowNull: false },
  name: DataTypes.STRING,
  shift: DataTypes.STRING,
});

const Vendor = sequelize.define('Vendor', {
  firmId: { type: DataTypes.INTEGER, allowNull: false },
  name: DataTypes.STRING,
  rating: DataTypes.INTEGER,
});

module.exports = { sequelize, Crew, Vendor };
