const rows = new Map();
export const store = {
  async find(org, id) { return rows.get(`${org}:${id}`); },
  async save(org, id, doc) { rows.set(`${org}:${id}`, doc); return doc; },
};
