import axios from 'axios';

let cached: string | null = null;

export async function antiForgeryToken(): Promise<string> {
  if (cached) return cached;
  try {
    const res = await axios.get('/api/csrf');
    cached = res.data.token;
    return cached as string;
  } catch (e) {
    console.warn('could not fetch the anti-forgery token', e);
    return '';
  }
}
