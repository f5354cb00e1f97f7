import { and, eq, sql } from 'drizzle-orm';
import { db, addresses } from './db';

export class DatabaseStorage {
  async getCountries(): Promise<string[]> {
    try {
      const results = await db.selectDistinct({ country: addresses.country }).from(addresses).where(sql`${addresses.country} IS NOT NULL`);
      return results.map(row => row.country).filter(Boolean) as string[];
    } catch (error) {
      console.error('Error getting countries from database:', error);
      return ['India'];
    }
  }

  async getStates(country?: string): Promise<string[]> {
    try {
      let query = db.selectDistinct({ state: addresses.state }).from(addresses);
      const conditions = [sql`${addresses.state} IS NOT NULL`];
      if (country) {
        conditions.push(eq(addresses.country, country));
      }
      query = query.where(and(...conditions)) as any;
      const results = await query;
      return results.map(row => row.state).filter(Boolean as any) as string[];
    } catch (error) {
      console.error('Error getting states from database:', error);
      return [];
    }
  }

  // no try: a failed query rejects the handler's await
  async getCities(state: string): Promise<string[]> {
    const results = await db.selectDistinct({ country: addresses.country }).from(addresses).where(eq(addresses.state, state));
    return results.map(row => row.country).filter(Boolean) as string[];
  }
}
