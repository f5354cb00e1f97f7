import { Injectable, InternalServerErrorException } from '@nestjs/common';
import { PrismaClient } from '@prisma/client';
import { verifyRegistrationResponse } from '@simplewebauthn/server';

const prisma = new PrismaClient();

@Injectable()
export class PasskeyService {
  private get origin() {
    return process.env.APP_ORIGIN as string;
  }

  private get rpId() {
    return new URL(process.env.APP_ORIGIN as string).hostname;
  }

  // the browser's attestation goes to SimpleWebAuthn as the response to check; challenge, origin and RP ID are the server's
  async register(userId: string, challenge: string, attestation: any) {
    let result;
    try {
      result = await verifyRegistrationResponse({
        expectedChallenge: challenge,
        expectedOrigin: this.origin,
        expectedRPID: this.rpId,
        response: {
          id: attestation.id,
          rawId: attestation.rawId,
          response: attestation.response,
          clientExtensionResults: attestation.clientExtensionResults,
          type: 'public-key',
        },
      });
    } catch (e) {
      throw new InternalServerErrorException('attestation rejected');
    }
    if (!result.verified || !result.registrationInfo) throw new InternalServerErrorException('not verified');
    const { credential } = result.registrationInfo;
    return prisma.device.create({ data: { userId, credentialId: credential.id, publicKey: Buffer.from(credential.publicKey) } });
  }

  // the same check, but the origin the client claims is what the response is checked against
  async registerFromOrigin(userId: string, challenge: string, attestation: any, origin: string) {
    const result = await verifyRegistrationResponse({
      expectedChallenge: challenge,
      expectedOrigin: origin,
      expectedRPID: this.rpId,
      response: attestation,
    });
    if (!result.verified || !result.registrationInfo) throw new InternalServerErrorException('not verified');
    return prisma.device.create({ data: { userId, credentialId: result.registrationInfo.credential.id } });
  }
}
