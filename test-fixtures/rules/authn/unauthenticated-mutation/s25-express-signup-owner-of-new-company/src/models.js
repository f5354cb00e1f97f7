const { Sequelize, DataTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL);

const Company = sequelize.define('Company', { name: DataTypes.STRING });
const User = sequelize.define('User', {
  username: DataTypes.STRING,
  password: DataTypes.STRING,
  role: DataTypes.STRING,
  companyId: DataTypes.INTEGER,
});

module.exports = { sequelize, Company, User };
