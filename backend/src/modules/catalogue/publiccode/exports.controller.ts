import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { NotFoundError } from '../../../common/errors.js';
import { sendError } from '../catalogue.http.js';
import { ExportsService } from './exports.service.js';

/** Open data: anyone may download the catalogue; browsers elsewhere may read it too (CORS *). */
@Controller('exports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get('catalogus.json')
  async json(@Res() res: Response): Promise<void> {
    res.set({ 'access-control-allow-origin': '*', 'content-disposition': 'inline; filename="ketenwerk-catalogus.json"' });
    res.status(200).json(await this.exports.json());
  }

  @Get('catalogus.csv')
  async csv(@Query('delimiter') delimiter: string | undefined, @Res() res: Response): Promise<void> {
    const sep = delimiter === 'semicolon' || delimiter === ';' ? ';' : ',';
    res.set({
      'access-control-allow-origin': '*',
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="ketenwerk-catalogus.csv"',
    });
    res.status(200).send(await this.exports.csv(sep));
  }

  @Get('oplossingen/:slug/publiccode.yml')
  async publiccode(@Param('slug') slug: string, @Res() res: Response): Promise<void> {
    const yaml = await this.exports.publiccode(slug);
    if (yaml === null) return sendError(res, new NotFoundError('Oplossing'));
    res.set({ 'access-control-allow-origin': '*', 'content-type': 'application/yaml; charset=utf-8' });
    res.status(200).send(yaml);
  }
}
