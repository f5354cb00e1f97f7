import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const KEEP_VERSIONS = 25;

// a new snapshot, then the store trimmed back to the newest KEEP_VERSIONS
export async function saveVersion(docId: string, snapshot: unknown) {
  const version = await prisma.version.create({ data: { docId, snapshot: snapshot as object } });
  await trimVersions(docId);
  return version;
}

async function trimVersions(docId: string) {
  const count = await prisma.version.count({ where: { docId } });
  if (count <= KEEP_VERSIONS) return;
  const oldest = await prisma.version.findMany({ where: { docId }, orderBy: { createdAt: 'asc' }, take: count - KEEP_VERSIONS, select: { id: true } });
  await prisma.version.deleteMany({ where: { id: { in: oldest.map((v) => v.id) } } });
}

// a snapshot, then every draft of the document dropped: two changes of the document's history
export async function publishVersion(docId: string, snapshot: unknown) {
  const version = await prisma.version.create({ data: { docId, snapshot: snapshot as object, published: true } }); // expect: data/transaction-missing
  await prisma.draft.deleteMany({ where: { docId } });
  return version;
}
