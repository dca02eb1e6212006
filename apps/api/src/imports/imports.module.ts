import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CompetitionsModule } from '../competitions/competitions.module';
import { ImportCommitter } from './import-committer.service';
import { ImportParser } from './import-parser.service';
import { ImportRunner } from './import-runner';
import { ImportsController } from './imports.controller';
import { ImportsResolver } from './imports.resolver';
import { ImportsService } from './imports.service';

/** Application imports from CSV and XLSX: upload, background parse and preview, all-or-nothing commit. */
@Module({
  imports: [AuditModule, CompetitionsModule],
  controllers: [ImportsController],
  providers: [ImportRunner, ImportParser, ImportCommitter, ImportsService, ImportsResolver],
})
export class ImportsModule {}
