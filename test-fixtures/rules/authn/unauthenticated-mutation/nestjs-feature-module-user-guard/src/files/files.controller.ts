import { Body, Controller, Delete, Param, Post } from '@nestjs/common';
import { promises as fs } from 'fs';
import { NeedsRoles } from '../auth/roles.decorator';
import { Open } from '../auth/public.decorator';

@Controller('files')
export class FilesController {
  @NeedsRoles('editor')
  @Post('upload')
  async upload(@Body() body: { name: string; text: string }) {
    await fs.writeFile(`/srv/uploads/${Date.now()}.txt`, String(body.text));
    return { ok: true };
  }

  @Delete(':id')
  async remove(@Param('id') id: string) {
    await fs.unlink(`/srv/uploads/${Number(id)}.txt`);
    return { ok: true };
  }

  // marked open: only the role guard runs, and it lets a request without roles through
  @Open()
  @Post('drop') // expect: authn/unauthenticated-mutation[warning]
  async drop(@Body() body: { text: string }) {
    await fs.writeFile(`/srv/uploads/drop-${Date.now()}.txt`, String(body.text));
    return { ok: true };
  }
}
