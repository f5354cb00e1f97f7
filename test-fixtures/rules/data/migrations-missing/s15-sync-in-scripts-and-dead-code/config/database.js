import { Sequelize } from 'sequelize';

const sequelize = new Sequelize(process.env.DATABASE_URL, { dialect: 'postgres', logging: false });

export const connect = async () => {
  await sequelize.authenticate();
};

export const syncDatabase = async () => {
  await sequelize.sync({ alter: true }); // expect: data/migrations-missing
};

export default sequelize;
