import jwt from 'jsonwebtoken';

export function issueAccessToken(user: { id: string; tenantId: string; role: string }) {
  return jwt.sign({ sub: user.id, tenantId: user.tenantId, role: user.role }, process.env.JWT_SECRET as string, { expiresIn: '15m' });
}
