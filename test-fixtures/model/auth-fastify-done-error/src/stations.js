const stations = new Map([[process.env.NORTH_KEY, { name: 'north' }]]);

export function lookupStation(key) {
  return stations.get(key) ?? null;
}

export class STATION_REFUSED_401 extends Error {
  statusCode = 401;
}
