function table() {
  const rows = new Map();
  let next = 1;
  return {
    all: () => [...rows.values()],
    add: (row) => { const r = { id: String(next++), ...row }; rows.set(r.id, r); return r; },
    remove: (id) => rows.delete(id),
  };
}
module.exports = { vehicles: table(), reports: table() };
