type Row = Record<string, unknown>;
const rows: Row[] = [];

export const db = {
  post: {
    async findMany(args: { where: Row; skip?: number; take?: number }) {
      return rows.slice(args.skip ?? 0, (args.skip ?? 0) + (args.take ?? 25));
    },
  },
  note: {
    async create(args: { data: Row }) {
      rows.push(args.data);
      return args.data;
    },
  },
};
