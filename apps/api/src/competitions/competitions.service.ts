import {
  COMPETITION_STAGES,
  DEFAULT_COMPETITION_SETTINGS,
  DEFAULT_FIELDS,
  ERROR_KEYS,
  MANUAL_STAGE_STEPS,
  hasAnyLanguage,
} from '@bridge/contracts';
import type { CompetitionStage } from '@bridge/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppException } from '../common/errors/app.exception';
import { isUniqueViolation } from '../common/errors/database-errors';
import { cleanLocalizedText } from '../common/graphql/localized-text.dto';
import type { Viewer } from '../identity/viewer';
import { isOrganizer } from '../identity/viewer';
import {
  CompetitionFieldInput,
  CompetitionSettingsInput,
  CreateCompetitionInput,
  StageDateInput,
  UpdateCompetitionInput,
} from './dtos/competition.inputs';
import { CompetitionFieldEntity } from './entities/competition-field.entity';
import { CompetitionStageDateEntity } from './entities/competition-stage-date.entity';
import { CompetitionEntity } from './entities/competition.entity';
import { assertStage } from './stage-guard';
import { SearchOutbox } from '../search/outbox/search-outbox';

@Injectable()
export class CompetitionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  private get repository() {
    return this.dataSource.getRepository(CompetitionEntity);
  }

  /** Editions in preparation (SETUP) are visible to organizers only. */
  list(viewer: Viewer | null): Promise<CompetitionEntity[]> {
    return this.repository.find({
      where: isOrganizer(viewer) ? {} : { stage: Not('SETUP') },
      order: { year: 'DESC', editionNumber: 'DESC' },
    });
  }

  async get(viewer: Viewer | null, id: string): Promise<CompetitionEntity> {
    const competition = await this.repository.findOne({ where: { id } });
    if (!competition || (competition.stage === 'SETUP' && !isOrganizer(viewer))) {
      throw AppException.notFound('competition');
    }
    return competition;
  }

  /** For writes: the competition under a row lock, inside the caller's transaction. */
  async lock(manager: EntityManager, id: string): Promise<CompetitionEntity> {
    const competition = await manager.findOne(CompetitionEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!competition) throw AppException.notFound('competition');
    return competition;
  }

  async create(viewer: Viewer, input: CreateCompetitionInput): Promise<CompetitionEntity> {
    const name = cleanLocalizedText(input.name);
    if (!hasAnyLanguage(name)) throw AppException.invalid([{ field: 'name', key: 'validation.anyLanguage' }]);
    const settings = { ...DEFAULT_COMPETITION_SETTINGS, ...definedOnly(input.settings) };
    validateSettings(settings);
    const fields = input.fields ?? DEFAULT_FIELDS.map((f) => ({ code: f.code, name: { ...f.name } }));
    validateFields(fields);
    if (input.timeline) validateTimeline(input.timeline);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const competition = await manager.save(
          manager.create(CompetitionEntity, {
            name,
            year: input.year,
            editionNumber: input.editionNumber,
            organisers: cleanLocalizedText(input.organisers ?? {}),
            stage: 'SETUP',
            ...settings,
          }),
        );
        await manager.insert(
          CompetitionFieldEntity,
          fields.map((f, position) => ({
            competitionId: competition.id,
            code: f.code,
            name: cleanLocalizedText(f.name),
            position,
          })),
        );
        if (input.timeline?.length) await this.writeTimeline(manager, competition.id, input.timeline);
        await this.audit.record(manager, actor(viewer), {
          action: 'competition.created',
          entityType: 'competition',
          entityId: competition.id,
          after: { name, year: input.year, editionNumber: input.editionNumber, ...settings },
        });
        return competition;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_competitions_year_edition')) {
        throw AppException.conflict(ERROR_KEYS.staleState, { reason: 'editionExists' });
      }
      throw error;
    }
  }

  async update(viewer: Viewer, input: UpdateCompetitionInput): Promise<CompetitionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.lock(manager, input.competitionId);
      const changes: Partial<CompetitionEntity> = {};
      if (input.name) {
        const name = cleanLocalizedText(input.name);
        if (!hasAnyLanguage(name))
          throw AppException.invalid([{ field: 'name', key: 'validation.anyLanguage' }]);
        changes.name = name;
      }
      if (input.organisers) changes.organisers = cleanLocalizedText(input.organisers);
      const settings = definedOnly(input.settings);
      if (Object.keys(settings).length) {
        assertStage(before, 'EDIT_SETTINGS');
        validateSettings({ ...before, ...settings });
        Object.assign(changes, settings);
      }
      await manager.update(CompetitionEntity, { id: before.id }, changes);
      const after = await manager.findOneOrFail(CompetitionEntity, { where: { id: before.id } });
      await this.audit.record(manager, actor(viewer), {
        action: 'competition.updated',
        entityType: 'competition',
        entityId: before.id,
        before: pick(before, Object.keys(changes)),
        after: pick(after, Object.keys(changes)),
      });
      return after;
    });
  }

  /** Replaces the fields: kept by id, new ones added, removed ones deleted unless projects use them. */
  async setFields(viewer: Viewer, competitionId: string, fields: CompetitionFieldInput[]) {
    validateFields(fields);
    return this.dataSource.transaction(async (manager) => {
      const competition = await this.lock(manager, competitionId);
      assertStage(competition, 'EDIT_FIELDS');
      const existing = await manager.find(CompetitionFieldEntity, { where: { competitionId } });
      const keep = new Set(fields.filter((f) => f.id).map((f) => f.id));
      for (const f of fields) {
        if (f.id && !existing.some((e) => e.id === f.id)) throw AppException.notFound('field');
      }
      const removed = existing.filter((e) => !keep.has(e.id));
      if (removed.length) {
        const used = await manager.query(
          'SELECT count(*)::int AS n FROM projects WHERE field_id = ANY($1::uuid[])',
          [removed.map((r) => r.id)],
        );
        if (used[0].n > 0) throw AppException.conflict(ERROR_KEYS.fieldInUse);
        await manager.delete(CompetitionFieldEntity, { id: In(removed.map((r) => r.id)) });
      }
      // Codes are unique: move kept fields out of the way before renaming.
      for (const e of existing.filter((x) => keep.has(x.id))) {
        await manager.update(CompetitionFieldEntity, { id: e.id }, { code: `_${e.id.slice(0, 30)}` });
      }
      for (const [position, f] of fields.entries()) {
        const values = { code: f.code, name: cleanLocalizedText(f.name), position };
        if (f.id) await manager.update(CompetitionFieldEntity, { id: f.id }, values);
        else await manager.insert(CompetitionFieldEntity, { competitionId, ...values });
      }
      await SearchOutbox.enqueueCompetition(manager, competitionId);
      await this.audit.record(manager, actor(viewer), {
        action: 'competition.fields_set',
        entityType: 'competition',
        entityId: competitionId,
        before: { fields: existing.map((e) => e.code) },
        after: { fields: fields.map((f) => f.code) },
      });
      return manager.find(CompetitionFieldEntity, { where: { competitionId }, order: { position: 'ASC' } });
    });
  }

  async setTimeline(viewer: Viewer, competitionId: string, dates: StageDateInput[]) {
    validateTimeline(dates);
    return this.dataSource.transaction(async (manager) => {
      await this.lock(manager, competitionId);
      await manager.delete(CompetitionStageDateEntity, { competitionId });
      await this.writeTimeline(manager, competitionId, dates);
      await this.audit.record(manager, actor(viewer), {
        action: 'competition.timeline_set',
        entityType: 'competition',
        entityId: competitionId,
        after: { dates: dates.map((d) => `${d.stage}:${d.startsOn}`) },
      });
      return manager.find(CompetitionStageDateEntity, { where: { competitionId } });
    });
  }

  private async writeTimeline(manager: EntityManager, competitionId: string, dates: StageDateInput[]) {
    if (!dates.length) return;
    await manager.insert(
      CompetitionStageDateEntity,
      dates.map((d) => ({ competitionId, stage: d.stage, startsOn: d.startsOn, endsOn: d.endsOn ?? null })),
    );
  }

  /**
   * Moves the edition one stage forward by hand, only from the stage the organizer saw: of two
   * organizers who race, one wins and the other gets CONFLICT.
   */
  async advance(viewer: Viewer, competitionId: string, from: CompetitionStage): Promise<CompetitionEntity> {
    const step = MANUAL_STAGE_STEPS.find(([source]) => source === from);
    if (!step) throw new AppException('CONFLICT', ERROR_KEYS.stageOrder, { stage: from });
    const to = step[1];
    return this.dataSource.transaction(async (manager) => {
      const result = await manager.update(
        CompetitionEntity,
        { id: competitionId, stage: from },
        { stage: to },
      );
      if (!result.affected) {
        const exists = await manager.exists(CompetitionEntity, { where: { id: competitionId } });
        if (!exists) throw AppException.notFound('competition');
        throw AppException.conflict(ERROR_KEYS.staleState);
      }
      await this.audit.record(manager, actor(viewer), {
        action: 'competition.stage_changed',
        entityType: 'competition',
        entityId: competitionId,
        before: { stage: from },
        after: { stage: to },
      });
      return manager.findOneOrFail(CompetitionEntity, { where: { id: competitionId } });
    });
  }
}

export function actor(viewer: Viewer) {
  return { userId: viewer.user.id, organizationId: viewer.active?.organizationId ?? null };
}

function definedOnly(settings: CompetitionSettingsInput | undefined): Partial<CompetitionSettingsInput> {
  return Object.fromEntries(Object.entries(settings ?? {}).filter(([, v]) => v !== undefined && v !== null));
}

function validateSettings(s: { finalistTotal: number; awardPlaces: number; perFieldCap: number }) {
  const fields = [];
  if (s.awardPlaces > s.finalistTotal) {
    fields.push({
      field: 'settings.awardPlaces',
      key: 'validation.range' as const,
      params: { min: 1, max: s.finalistTotal },
    });
  }
  if (s.perFieldCap > s.finalistTotal) {
    fields.push({
      field: 'settings.perFieldCap',
      key: 'validation.range' as const,
      params: { min: 1, max: s.finalistTotal },
    });
  }
  if (fields.length) throw AppException.invalid(fields);
}

function validateFields(
  fields: Array<{ code: string; name: { zh?: string | null; en?: string | null; ru?: string | null } }>,
) {
  const codes = new Set<string>();
  fields.forEach((f, i) => {
    if (codes.has(f.code))
      throw AppException.invalid([{ field: `fields.${i}.code`, key: 'validation.invalid' }]);
    codes.add(f.code);
    if (!hasAnyLanguage(cleanLocalizedText(f.name))) {
      throw AppException.invalid([{ field: `fields.${i}.name`, key: 'validation.anyLanguage' }]);
    }
  });
}

/** One date per stage, in timeline order, each ending no earlier than it starts. */
function validateTimeline(dates: StageDateInput[]) {
  const seen = new Set<string>();
  const ordered = [...dates].sort(
    (a, b) => COMPETITION_STAGES.indexOf(a.stage) - COMPETITION_STAGES.indexOf(b.stage),
  );
  ordered.forEach((d, i) => {
    const field = `dates.${dates.indexOf(d)}`;
    if (seen.has(d.stage))
      throw AppException.invalid([{ field: `${field}.stage`, key: 'validation.invalid' }]);
    seen.add(d.stage);
    if (d.endsOn && d.endsOn < d.startsOn)
      throw AppException.invalid([{ field: `${field}.endsOn`, key: 'validation.range' }]);
    const previous = ordered[i - 1];
    if (previous && d.startsOn < previous.startsOn) {
      throw AppException.invalid([{ field: `${field}.startsOn`, key: 'validation.range' }]);
    }
  });
}

function pick(entity: CompetitionEntity, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, entity[k as keyof CompetitionEntity]]));
}
