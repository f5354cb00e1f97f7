import { DataTypes, Sequelize } from 'sequelize';

const sequelize = new Sequelize(process.env.DATABASE_URL);
export const Item = sequelize.define('Item', { name: DataTypes.STRING });
