// who is connected to each room, kept in memory
const rooms = new Map();

export function join(roomId, userId, socket) {
  if (!rooms.has(roomId)) rooms.set(roomId, new Map());
  rooms.get(roomId).set(userId, socket);
}

export function leave(roomId, userId) {
  rooms.get(roomId)?.delete(userId);
}

export function membersOf(roomId) {
  return rooms.get(roomId) ?? new Map();
}
