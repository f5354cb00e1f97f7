import { BadRequestException, Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { LinkTokens } from './tokens';

@Controller('links')
export class LinksController {
  constructor(private readonly tokens: LinkTokens) {}

  // the query token is verified by signature before anything is served
  @Get(':docId')
  async open(@Param('docId') docId: string, @Query('sig') sig: string) {
    let claims;
    try {
      claims = await this.tokens.verifyLinkJwt(sig, 'share');
    } catch {
      throw new BadRequestException('bad link');
    }
    if (claims.docId !== docId) throw new NotFoundException();
    return { docId, scope: claims.scope };
  }
}

@Controller('drafts')
export class DraftsController {
  constructor(private readonly tokens: LinkTokens) {}

  // the token is only read from its unverified payload
  @Get(':docId')
  async open(@Param('docId') docId: string, @Query('sig') sig: string) { // expect: validation/unvalidated-input[warning]
    const [, payload] = sig.split('.');
    return { docId, claims: JSON.parse(Buffer.from(payload, 'base64url').toString()) };
  }
}
