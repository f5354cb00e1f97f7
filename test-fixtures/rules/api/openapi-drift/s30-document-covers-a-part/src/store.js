const rows = new Map();
export const products = { list: ({ take }) => [...rows.values()].slice(0, take), get: (id) => rows.get(id), remove: (id) => rows.delete(id) };
export const carts = { get: (id) => rows.get(id) ?? [], add: (id, sku) => ({ id, sku }) };
export const orders = {
  list: ({ take }) => [...rows.values()].slice(0, take), get: (id) => rows.get(id), place: (cartId) => ({ cartId }),
  mark: (id, state) => ({ id, state }), invoice: (id) => ({ id }), tracking: (id) => ({ id }), stats: () => ({ count: rows.size }),
};
