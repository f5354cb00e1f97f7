import express from 'express';
import { DataSource, EntitySchema } from 'typeorm';

const SystemSettings = new EntitySchema<any>({ name: 'system_settings', columns: { id: { type: Number, primary: true, generated: true }, locale: { type: String }, modules: { type: 'jsonb' } } });
const License = new EntitySchema<any>({ name: 'licenses', columns: { id: { type: Number, primary: true, generated: true }, module: { type: String }, seats: { type: Number } } });
const db = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL, entities: [SystemSettings, License] });
const settingsRepo = db.getRepository(SystemSettings);
const licenseRepo = db.getRepository(License);

async function createDefaults() {
  const defaults = settingsRepo.create({ locale: 'en', modules: { sales: true } });
  return await settingsRepo.save(defaults);
}

const app = express();
app.use(express.json());

// the singleton row is made with its defaults when missing, then saved again with the change
app.put('/api/settings', async (req, res) => {
  let settings = await settingsRepo.findOne({ where: {} });
  if (!settings) {
    settings = await createDefaults();
  }
  Object.assign(settings, { locale: String(req.body.locale) });
  await settingsRepo.save(settings);
  res.json(settings);
});

// the module switched on and its license seats granted: two rows of two tables
app.put('/api/settings/modules', async (req, res) => {
  const settings = await settingsRepo.findOneByOrFail({ id: 1 });
  settings.modules = { sales: Boolean(req.body.sales) };
  await settingsRepo.save(settings); // expect: data/transaction-missing
  await licenseRepo.save(licenseRepo.create({ module: 'sales', seats: Number(req.body.seats) || 1 }));
  res.json(settings);
});

app.listen(3000);
