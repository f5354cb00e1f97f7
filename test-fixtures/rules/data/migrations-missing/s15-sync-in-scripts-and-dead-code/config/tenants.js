import sequelize from './database.js';

const schemas = new Map();

export async function tenantSchema(slug) {
  if (!schemas.has(slug)) {
    await sequelize.createSchema(`tenant_${slug}`);
    schemas.set(slug, `tenant_${slug}`);
  }
  return schemas.get(slug);
}

// an older way to prepare the shared tables, kept but no longer used
export async function syncDatabase() {
  await sequelize.sync({ alter: true });
}
