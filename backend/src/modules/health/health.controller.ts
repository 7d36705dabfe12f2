import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { hasPendingMigrations } from '../../database/migrate.js';

@Controller()
export class HealthController {
  constructor(private readonly ds: DataSource) {}

  /** The process is alive. */
  @Get('health')
  @HttpCode(200)
  health() {
    return { status: 'ok' };
  }

  /** The database answers and every migration has run: ready for traffic. */
  @Get('ready')
  async ready(@Res() res: Response) {
    try {
      await this.ds.query('SELECT 1');
      if (await hasPendingMigrations(this.ds)) {
        res.status(503).json({ status: 'migrations pending' });
        return;
      }
      res.status(200).json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  }
}
