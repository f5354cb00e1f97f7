import { Body, Controller, HttpCode, NotFoundException, Post } from '@nestjs/common';
import { Public } from '../auth/public.decorator';
import { LinksRepo } from './links.repo';

@Controller('links')
export class LinksController {
  constructor(private readonly links: LinksRepo) {}

  // public on purpose: a short link is resolved over POST; the repository only builds a SELECT in several steps
  @Public()
  @Post('resolve')
  @HttpCode(200)
  async resolve(@Body('slug') slug: string) {
    const link = await this.links.findBySlug(slug, { withOwner: true });
    if (!link) throw new NotFoundException();
    return { target: link.target };
  }

  // forgotten @Public on a rename: an UPDATE built the same way is still a write
  @Public()
  @Post('rename') // expect: authn/unauthenticated-mutation
  rename(@Body('id') id: string, @Body('slug') slug: string) {
    return this.links.rename(id, slug);
  }
}
