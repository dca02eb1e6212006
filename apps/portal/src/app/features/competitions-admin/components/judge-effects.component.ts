import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  untracked,
  viewChild,
} from '@angular/core';
import { MatSort, MatSortModule } from '@angular/material/sort';
import { MatTableDataSource, MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { JudgeEffect } from '../data/selection.api';
import { formatNumber } from '../logic/format';

/** Each judge's fitted leniency (offset) and spread (scale), with what they mean. */
@Component({
  selector: 'bridge-judge-effects',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatSortModule, MatTableModule, MatTooltipModule, TranslatePipe],
  template: `
    <p class="intro" data-testid="judge-effects-intro">{{ 'adminSelection.judges.intro' | t }}</p>
    @if (effects().length) {
      <div class="bridge-table-scroll">
        <table mat-table matSort [dataSource]="rows" data-testid="judge-effects">
          <ng-container matColumnDef="judgeName">
            <th mat-header-cell *matHeaderCellDef mat-sort-header scope="col">
              {{ 'adminSelection.judges.judge' | t }}
            </th>
            <td mat-cell *matCellDef="let row">{{ row.judgeName }}</td>
          </ng-container>
          <ng-container matColumnDef="offset">
            <th mat-header-cell *matHeaderCellDef mat-sort-header scope="col" class="num">
              {{ 'adminSelection.judges.offset' | t }}
            </th>
            <td mat-cell *matCellDef="let row" class="num">{{ signed(row.offset) }}</td>
          </ng-container>
          <ng-container matColumnDef="scale">
            <th mat-header-cell *matHeaderCellDef mat-sort-header scope="col" class="num">
              {{ 'adminSelection.judges.scale' | t }}
            </th>
            <td mat-cell *matCellDef="let row" class="num">{{ number(row.scale) }}</td>
          </ng-container>
          <ng-container matColumnDef="scoreCount">
            <th mat-header-cell *matHeaderCellDef mat-sort-header scope="col" class="num">
              {{ 'adminSelection.judges.scores' | t }}
            </th>
            <td mat-cell *matCellDef="let row" class="num">{{ row.scoreCount }}</td>
          </ng-container>
          <ng-container matColumnDef="leftRaw">
            <th mat-header-cell *matHeaderCellDef scope="col">
              <span [matTooltip]="'adminSelection.judges.leftRawHint' | t">{{
                'adminSelection.judges.leftRaw' | t
              }}</span>
            </th>
            <td mat-cell *matCellDef="let row">
              {{ (row.leftRaw ? 'adminSelection.judges.yes' : 'adminSelection.judges.no') | t }}
            </td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let row; columns: columns"></tr>
        </table>
      </div>
      <p class="bridge-muted small">{{ 'adminSelection.judges.leftRawHint' | t }}</p>
    } @else {
      <p class="bridge-muted">{{ 'adminSelection.judges.empty' | t }}</p>
    }
  `,
  styles: `
    .intro {
      max-width: 80ch;
    }
    table {
      width: 100%;
    }
    .num {
      text-align: end;
      white-space: nowrap;
    }
    .small {
      font: var(--mat-sys-body-small);
    }
  `,
})
export class JudgeEffectsComponent {
  private readonly i18n = inject(I18nService);
  readonly effects = input.required<readonly JudgeEffect[]>();

  protected readonly columns = ['judgeName', 'offset', 'scale', 'scoreCount', 'leftRaw'];
  protected readonly rows = new MatTableDataSource<JudgeEffect>([]);
  private readonly sort = viewChild(MatSort);

  constructor() {
    effect(() => {
      const effects = this.effects();
      untracked(() => (this.rows.data = [...effects]));
    });
    effect(() => {
      this.rows.sort = this.sort() ?? null;
    });
  }

  protected number(value: number): string {
    return formatNumber(value, this.i18n.locale(), 2);
  }

  /** Leniency with its sign: +0.40 scores higher than the average judge, −0.40 lower. */
  protected signed(value: number): string {
    const text = this.number(Math.abs(value));
    return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
  }
}
