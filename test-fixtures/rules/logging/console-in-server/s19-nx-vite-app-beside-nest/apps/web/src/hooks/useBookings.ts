import { useEffect, useState } from 'react';
import { http } from '../lib/http/client';

export function useBookings(): string[] {
  const [items, setItems] = useState<string[]>([]);
  useEffect(() => {
    http.get('/bookings').then((r) => setItems(r.data));
  }, []);
  return items;
}
