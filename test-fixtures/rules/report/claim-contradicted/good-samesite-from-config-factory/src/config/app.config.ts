export interface AppConfig {
  session: { secret: string; name: string; cookie: { httpOnly: boolean; secure: boolean; sameSite: 'strict' | 'lax' } };
}

export const loadAppConfig = (): AppConfig => {
  const live = process.env.NODE_ENV === 'production';
  return {
    session: {
      secret: process.env.SESSION_SECRET as string,
      name: 'forum.sid',
      cookie: { httpOnly: true, secure: live, sameSite: live ? 'strict' : 'lax' },
    },
  };
};
