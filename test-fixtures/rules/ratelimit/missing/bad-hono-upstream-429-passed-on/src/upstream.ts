// asks the price service; its own limiter may answer 429
export async function askPrices(item: string) {
  const res = await fetch('https://prices.example.com/items/' + encodeURIComponent(item));
  return { status: res.status, body: res.ok ? await res.json() : null };
}
