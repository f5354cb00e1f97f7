import { DataSource } from 'typeorm';

export const source = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL, entities: [] });
const repo = () => source.getRepository('Bookmark');

// a search: the builder only reads
export async function search(term: string) {
  return repo()
    .createQueryBuilder('b')
    .leftJoinAndSelect('b.tags', 't')
    .where('b.title ILIKE :term', { term: `%${term}%` })
    .addOrderBy('b.createdAt', 'DESC')
    .getMany();
}

// the builder's delete step writes
export async function purge(folder: string) {
  await repo().createQueryBuilder().delete().from('Bookmark').where('folder = :folder', { folder }).execute();
}
