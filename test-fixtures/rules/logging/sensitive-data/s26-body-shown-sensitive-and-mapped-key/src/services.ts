const store: Record<string, unknown[]> = {};

export const polls = {
  async create(data: unknown) {
    (store.polls ||= []).push(data);
    return { ok: true };
  },
};

export const users = {
  async enroll(name: string, dob: string) {
    (store.users ||= []).push({ name, dob });
    return { ok: true };
  },
  async signIn(data: unknown) {
    return { ok: !!data };
  },
  async devices(id: string) {
    return { tokens: [id] };
  },
};

const TABLE: Record<string, string> = { soccer: 'soccer_epl', basketball: 'basketball_nba' };

export const odds = {
  // the provider's name for a sport, not a credential
  async mapSportToApiKey(sportId?: string): Promise<string> {
    if (!sportId) return 'soccer_epl';
    const key = TABLE[sportId];
    if (key) return key;
    return 'soccer_epl';
  },
  async list(sport: string) {
    return [sport];
  },
};
