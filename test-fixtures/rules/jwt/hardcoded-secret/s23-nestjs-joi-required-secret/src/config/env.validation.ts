import * as Joi from 'joi';

// ConfigModule checks process.env against this when the app module loads: a missing required value stops the start
export const envValidation = Joi.object({
  NODE_ENV: Joi.string().valid('development', 'production', 'test').default('development'),
  JWT_ACCESS_SECRET: Joi.string().min(32).required(),
  JWT_REFRESH_SECRET: Joi.string().min(32),
});
