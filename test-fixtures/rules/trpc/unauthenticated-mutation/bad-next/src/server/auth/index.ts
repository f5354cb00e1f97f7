export async function auth() { return null as null | { user: { id: string } }; }
