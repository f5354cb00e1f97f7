import { Sequelize } from 'sequelize';

const settingsFor = (env) => ({
  dialect: process.env.DB_DIALECT || 'postgres',
  host: process.env.DB_HOST,
  database: process.env.DB_NAME,
  username: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  logging: env === 'development' ? console.log : false,
});

const settings = settingsFor(process.env.NODE_ENV);
console.log('database', { host: settings.host, dialect: settings.dialect });

export const sequelize = new Sequelize(settings.database, settings.username, settings.password, settings);
