import { tenantSchema } from '../config/tenants.js';

export async function tenant(req, res, next) {
  try {
    req.schema = await tenantSchema(String(req.headers['x-tenant'] || 'main'));
    next();
  } catch (err) {
    next(err);
  }
}
