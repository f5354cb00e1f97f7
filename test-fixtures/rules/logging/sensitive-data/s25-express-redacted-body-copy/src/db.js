const rows = new Map();
let next = 1;
module.exports = {
  async insert(table, row) {
    const id = next++;
    rows.set(`${table}:${id}`, row);
    return { id, ...row };
  },
};
