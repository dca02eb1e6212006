import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { Public } from '../identity/access.decorators';

@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** 200 when the database answers, 503 otherwise; for load balancers and `docker compose`. */
  @Public()
  @Get()
  async health(@Res() res: Response): Promise<void> {
    const started = process.hrtime.bigint();
    let database: { status: 'up' | 'down'; engine: string; latencyMs?: number; error?: string };
    const engine = this.config.embeddedDatabase ? 'pglite' : 'postgresql';
    try {
      await this.dataSource.query('SELECT 1');
      database = { status: 'up', engine, latencyMs: Number(process.hrtime.bigint() - started) / 1e6 };
    } catch {
      database = { status: 'down', engine, error: 'database unreachable' };
    }
    const up = database.status === 'up';
    res
      .status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
      .json({ status: up ? 'ok' : 'error', database });
  }
}
