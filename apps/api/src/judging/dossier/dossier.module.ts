import { Module } from '@nestjs/common';
import { AuditModule } from '../../audit/audit.module';
import { JudgingModule } from '../judging.module';
import { DossierController } from './dossier.controller';
import { DossierResolver } from './dossier.resolver';
import { DossierService } from './dossier.service';

/** The fairness dossier of an edition: XLSX/CSV downloads and a GraphQL query for the printable page. */
@Module({
  imports: [AuditModule, JudgingModule],
  controllers: [DossierController],
  providers: [DossierService, DossierResolver],
})
export class DossierModule {}
