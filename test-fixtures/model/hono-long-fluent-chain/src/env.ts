export type AppEnv = { Variables: { userId: string } };
