import { Member } from '../models/member';

export class UnauthorizedError extends Error {
  status = 401;
}

const sessions = new Map<string, { code: string; room: string }>();

// The code a reader types at the desk is the credential; the service looks it up.
export async function checkInWithDeskCode(deskCode: string, email: string) {
  const session = await Member.findOne({ 'visits.accessCode': deskCode, email }).exec();
  if (!session) throw new Error('Unknown desk code');
  await Member.updateOne({ email }, { $push: { visits: { at: new Date() } } });
  return sessions.size;
}

// A signed delivery from the catalogue provider: the shared secret is compared in the service.
export async function importCatalogue(payload: { signature: string; titles: string[] }) {
  if (payload.signature !== process.env.CATALOGUE_SECRET) throw new UnauthorizedError('bad signature');
  await Member.updateMany({}, { $set: { catalogueVersion: payload.titles.length } });
}
