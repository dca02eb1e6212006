import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { resolveText } from '@bridge/contracts';
import { IconComponent } from '@bridge/ui';
import { toAppError } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { I18nService, TranslatePipe, TranslationKey } from '../../../core/i18n';
import { AdminIconComponent } from '../components/admin-icon.component';
import { CompetitionStore } from '../data/competition.store';
import { ImportJob, ImportsApi } from '../data/imports.api';
import { formatBytes, formatPercent } from '../logic/format';
import {
  IDLE,
  ImportError,
  ImportEvent,
  ImportState,
  importIdOf,
  importReducer,
  progressOf,
  rowsToWrite,
  shouldPoll,
} from '../logic/import-progress';
import { blockerMessage } from '../logic/labels';
import { actionBlocker } from '../logic/stage-actions';

const POLL_MS = 800;

/** Import of applications from CSV/XLSX: upload, the server's row-by-row check, then commit. */
@Component({
  selector: 'bridge-import-tab',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatCardModule,
    MatProgressBarModule,
    MatTableModule,
    IconComponent,
    AdminIconComponent,
    TranslatePipe,
  ],
  templateUrl: './import.tab.html',
  styleUrl: './import.tab.scss',
})
export class ImportTab {
  private readonly api = inject(ImportsApi);
  private readonly notify = inject(NotifyService);
  protected readonly store = inject(CompetitionStore);
  protected readonly i18n = inject(I18nService);

  protected readonly state = signal<ImportState<ImportJob>>(IDLE);
  protected readonly file = signal<File | null>(null);
  protected readonly progress = computed(() => progressOf(this.state()));
  protected readonly percent = computed(() => formatPercent(this.progress() ?? 0, this.i18n.locale()));
  protected readonly lock = computed(() => {
    const stage = this.store.stage();
    const blocker = stage ? actionBlocker(stage, 'IMPORT_APPLICATIONS') : null;
    return blocker ? blockerMessage(blocker, this.i18n) : null;
  });
  protected readonly errorColumns = ['row', 'column', 'problem'];
  protected readonly sampleColumns = ['row', 'action', 'startup', 'project', 'field', 'trl', 'city'];
  protected readonly rowsToWrite = rowsToWrite;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private destroyed = false;

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      if (this.timer) clearTimeout(this.timer);
    });
  }

  protected choose(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.file.set(input.files?.[0] ?? null);
    input.value = '';
  }

  protected fileLabel(file: File): string {
    return this.i18n.t('adminProjects.import.selected', {
      name: file.name,
      size: formatBytes(file.size, this.i18n.locale()),
    });
  }

  protected async upload(): Promise<void> {
    const file = this.file();
    const competitionId = this.store.id();
    if (!file || !competitionId) return;
    this.dispatch({ type: 'upload', fileName: file.name, size: file.size });
    try {
      const importId = await this.api.upload(competitionId, file, (loaded, total) =>
        this.dispatch({ type: 'uploadProgress', loaded, total }),
      );
      this.dispatch({ type: 'uploaded', importId });
    } catch (caught) {
      this.dispatch({ type: 'uploadFailed', error: asImportError(caught) });
    }
  }

  protected async commit(job: ImportJob): Promise<void> {
    const confirmed = await this.notify.confirm({
      title: this.i18n.t('adminProjects.import.commitTitle'),
      message: this.i18n.t('adminProjects.import.commitText', {
        new: job.counts.new,
        update: job.counts.update,
      }),
      confirmLabel: this.i18n.t('adminProjects.import.commit', { count: rowsToWrite(job) }),
    });
    if (!confirmed) return;
    this.dispatch({ type: 'commit' });
    try {
      const committed = await this.api.commit(job.id);
      this.dispatch({ type: 'polled', job: committed });
      if (committed.status === 'COMMITTED') {
        this.notify.success(
          this.i18n.t('adminProjects.import.committed', {
            new: committed.counts.new,
            update: committed.counts.update,
          }),
        );
        // The edition has new applications: names of projects load again where they are shown.
        void this.store.loadNames(true);
      }
    } catch (caught) {
      this.dispatch({ type: 'commitFailed', error: asImportError(caught) });
    }
  }

  protected again(): void {
    this.file.set(null);
    this.dispatch({ type: 'reset' });
  }

  protected message(error: ImportError): string {
    return this.i18n.has(error.key) ? this.i18n.t(error.key, error.params) : error.key;
  }

  protected rowProblem(error: ImportJob['errors'][number]): string {
    return this.message({ key: error.key, params: (error.params ?? {}) as ImportError['params'] });
  }

  protected actionKey(action: ImportJob['sample'][number]['action']): TranslationKey {
    return `adminProjects.import.action.${action}`;
  }

  protected text(value: { zh?: string | null; en?: string | null; ru?: string | null }): string {
    return resolveText(value, this.i18n.locale())?.text ?? '—';
  }

  protected fieldName(code: string): string {
    const field = this.store.fields().find((candidate) => candidate.code === code);
    return field ? this.store.fieldName(field.id) : code;
  }

  private dispatch(event: ImportEvent<ImportJob>): void {
    this.state.update((state) => importReducer(state, event));
    this.schedulePoll();
  }

  private schedulePoll(): void {
    if (this.timer || this.destroyed || !shouldPoll(this.state())) return;
    this.timer = setTimeout(() => void this.poll(), POLL_MS);
  }

  private async poll(): Promise<void> {
    this.timer = null;
    const id = importIdOf(this.state());
    if (!id || !shouldPoll(this.state())) return;
    try {
      this.dispatch({ type: 'polled', job: await this.api.job(id) });
    } catch {
      // A lost answer (e.g. a network blip): ask again at the next tick.
      this.schedulePoll();
    }
  }
}

function asImportError(caught: unknown): ImportError {
  const error = toAppError(caught);
  const fallback = error.code === 'NETWORK' ? 'errors.network' : 'errors.import.failed';
  return { key: error.key ?? fallback, params: error.params };
}
