export interface IStorage {
  getCountries(): Promise<string[]>;
  getStates(country?: string): Promise<string[]>;
  getCities(state: string): Promise<string[]>;
}

import { DatabaseStorage } from './storage-db';

export const storage = new DatabaseStorage();
