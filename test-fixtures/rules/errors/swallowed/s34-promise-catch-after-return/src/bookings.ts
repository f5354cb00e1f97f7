export async function confirmBooking(id: string) {
  const res = await fetch(`${process.env.BOOKINGS_URL}/bookings/${encodeURIComponent(id)}/confirm`, { method: 'POST' });
  if (!res.ok) throw new Error(`confirm failed: ${res.status}`);
  return (await res.json()) as { id: string };
}

export async function sendReceipt(id: string) {
  const res = await fetch(`${process.env.MAIL_URL}/receipts`, { method: 'POST', body: JSON.stringify({ id }) });
  if (!res.ok) throw new Error(`receipt failed: ${res.status}`);
}

export async function recordVisit(id: string) {
  const res = await fetch(`${process.env.STATS_URL}/visits`, { method: 'POST', body: JSON.stringify({ id }) });
  if (!res.ok) throw new Error(`visit failed: ${res.status}`);
}
