import { useEffect } from 'react';
import { queueAction } from '../services/offlineQueue';

export function useOffline() {
  useEffect(() => {
    queueAction({ type: 'sync' });
  }, []);
}
