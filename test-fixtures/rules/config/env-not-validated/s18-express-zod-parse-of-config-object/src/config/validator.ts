import { z } from 'zod';
import dotenv from 'dotenv';

dotenv.config();

export const SettingsSchema = z.object({
  LAB_DB_URI: z.string(),
  TOKEN_KEY: z.string().min(32),
  TOKEN_TTL: z.string().optional().default('1h'),
  REFRESH_TTL: z.string().optional().default('7d'),
});

type Duration = `${number}${'m' | 'h' | 'd'}`;

export const settings = {
  LAB_DB_URI: process.env['LAB_DB_URI'] as string,
  TOKEN_KEY: process.env['TOKEN_KEY'] as string,
  TOKEN_TTL: process.env['TOKEN_TTL'] as Duration,
  REFRESH_TTL: process.env['REFRESH_TTL'] as Duration,
};

// runs before the server starts: a missing or malformed value stops the boot
export const checkSettings = async () => {
  await SettingsSchema.parseAsync(settings);
};
