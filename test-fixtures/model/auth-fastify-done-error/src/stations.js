const stations = new Map([[process.env.NORTH_KEY, { name: 'north' }]]);

export function lookupStation(key) {
  return stations.get(key) ?? null;
}
