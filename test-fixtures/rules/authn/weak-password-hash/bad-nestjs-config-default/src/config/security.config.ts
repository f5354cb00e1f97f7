import { registerAs } from '@nestjs/config';

export default registerAs('security', () => ({
  bcryptRounds: Number(process.env.BCRYPT_ROUNDS) || 8,
}));
