import { Body, Controller, Param, ParseIntPipe, Put } from '@nestjs/common';
import { Pool } from 'pg';
import { readFile } from 'fs/promises';
import { LanguagePipe, LowercasePipe } from './pipes/language.pipe';
import { Language } from './languages';

const pool = new Pool();

@Controller('menu')
export class MenuController {
  @Put(':itemId/labels/:language')
  async setLabel(
    @Param('itemId', ParseIntPipe) itemId: number,
    @Param('language', LanguagePipe) language: Language,
    @Body('label') label: string, // expect: validation/unvalidated-input
  ) {
    const glossary = JSON.parse(await readFile(`glossaries/${language}.json`, 'utf8'));
    await pool.query('INSERT INTO labels (item_id, language, label) VALUES ($1, $2, $3)', [itemId, language, glossary[label] ?? label]);
    return { itemId, language };
  }

  @Put(':itemId/notes/:audience')
  async setNote(
    @Param('itemId', ParseIntPipe) itemId: number,
    @Param('audience', LowercasePipe) audience: string, // expect: validation/unvalidated-input
  ) {
    const template = await readFile(`templates/${audience}.txt`, 'utf8');
    await pool.query('INSERT INTO notes (item_id, audience, body) VALUES ($1, $2, $3)', [itemId, audience, template]);
    return { itemId, audience };
  }
}
