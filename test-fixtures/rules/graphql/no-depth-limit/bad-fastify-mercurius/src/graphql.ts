export const schema = `type Query { me: String }`;
export const resolvers = { Query: { me: () => 'x' } };
