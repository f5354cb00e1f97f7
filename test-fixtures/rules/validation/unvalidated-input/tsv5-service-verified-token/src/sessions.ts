import jwt from 'jsonwebtoken';
import { Session, RevokedToken } from './models';

const REFRESH_SECRET = process.env.REFRESH_SECRET as string;

// the token is only checked by its signature; what is used afterwards is the signed payload
export async function endSession(refreshToken: string) {
  let claims: jwt.JwtPayload;
  try {
    claims = jwt.verify(refreshToken, REFRESH_SECRET) as jwt.JwtPayload;
  } catch {
    return;
  }
  if (!claims.sid) return;
  await Session.deleteOne({ _id: claims.sid });
}

// the token is stored as it was sent
export async function revoke(refreshToken: string) {
  await RevokedToken.create({ token: refreshToken, at: new Date() });
}
