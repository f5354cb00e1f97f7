import { createRoot } from 'react-dom/client';
import { useBookings } from './hooks/useBookings';

function App() {
  const bookings = useBookings();
  return <ul>{bookings.map((b) => <li key={b}>{b}</li>)}</ul>;
}

createRoot(document.getElementById('root')!).render(<App />);
