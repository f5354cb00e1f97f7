// only the seed script imports this: it checks a key typed into the terminal, no request ever reaches it
export function confirmSeedKey(given) {
  return given === process.env.INTERNAL_KEY;
}
