import { Injectable, computed, inject, signal } from '@angular/core';
import { CompetitionStage, resolveText } from '@bridge/contracts';
import { Loader } from '../../../core/data/loader';
import { I18nService } from '../../../core/i18n';
import { CompetitionDetail, CompetitionField, CompetitionsApi, StageDate } from './competitions.api';
import { ProjectName, ProjectsApi } from './projects.api';

/**
 * The edition a set of tabs works on: loaded once by the competition page (which provides this
 * store), read and updated by every tab. Names of its projects load once, for the tabs that show
 * projects by id.
 */
@Injectable()
export class CompetitionStore {
  private readonly api = inject(CompetitionsApi);
  private readonly projectsApi = inject(ProjectsApi);
  private readonly i18n = inject(I18nService);
  private readonly namesFor = signal<string | null>(null);

  readonly competition = new Loader<CompetitionDetail>();
  readonly names = new Loader<ReadonlyMap<string, ProjectName>>();

  readonly value = this.competition.value;
  readonly id = computed(() => this.value()?.id ?? null);
  readonly stage = computed<CompetitionStage | null>(() => this.value()?.stage ?? null);
  readonly fields = computed<readonly CompetitionField[]>(() => this.value()?.fields ?? []);
  readonly name = computed(() => resolveText(this.value()?.name, this.i18n.locale())?.text ?? '');

  async load(id: string): Promise<void> {
    const namesOfOther = this.namesFor() !== null && this.namesFor() !== id;
    await this.competition.run(() => this.api.get(id));
    if (namesOfOther) await this.loadNames(true);
  }

  reload(): Promise<void> {
    const id = this.id();
    return id ? this.load(id) : Promise.resolve();
  }

  /** After a mutation that answered with the whole edition. */
  replace(competition: CompetitionDetail): void {
    this.competition.update(() => competition);
  }

  setFields(fields: CompetitionField[]): void {
    this.competition.update((competition) => ({ ...competition, fields }));
  }

  setTimeline(timeline: StageDate[]): void {
    this.competition.update((competition) => ({ ...competition, timeline }));
  }

  /** Names of the edition's projects by id, loaded on first use (and again with `force`). */
  loadNames(force = false): Promise<void> {
    const id = this.id();
    if (!id || (!force && this.namesFor() === id && this.names.state().status !== 'error')) {
      return Promise.resolve();
    }
    this.namesFor.set(id);
    return this.names.run(async () => new Map((await this.projectsApi.names(id)).map((p) => [p.id, p])));
  }

  fieldName(fieldId: string | null | undefined): string {
    const field = this.fields().find((candidate) => candidate.id === fieldId);
    return field ? (resolveText(field.name, this.i18n.locale())?.text ?? field.code) : '—';
  }

  projectTitle(projectId: string): string {
    const project = this.names.value()?.get(projectId);
    return project ? (resolveText(project.title, this.i18n.locale())?.text ?? '—') : projectId.slice(0, 8);
  }

  startupName(projectId: string): string {
    const project = this.names.value()?.get(projectId);
    return project ? (resolveText(project.organizationName, this.i18n.locale())?.text ?? '') : '';
  }
}
