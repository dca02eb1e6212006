import { computed, signal } from '@angular/core';
import { AppError, toAppError } from '../errors/app-error';

export type LoadState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: AppError };

/** Loading, value and error of one request as signals; only the latest run's answer counts. */
export class Loader<T> {
  private readonly _state = signal<LoadState<T>>({ status: 'idle' });
  private readonly _last = signal<{ value: T } | null>(null);
  private runs = 0;

  readonly state = this._state.asReadonly();
  readonly loading = computed(() => this._state().status === 'loading');
  /** The loaded value; while a reload runs, the previous one (so lists do not flicker). */
  readonly value = computed(() => {
    const state = this._state();
    if (state.status === 'ready') return state.value;
    return state.status === 'loading' ? this._last()?.value : undefined;
  });
  readonly error = computed(() => {
    const state = this._state();
    return state.status === 'error' ? state.error : null;
  });

  async run(request: () => Promise<T>): Promise<void> {
    const run = ++this.runs;
    this._state.set({ status: 'loading' });
    try {
      const value = await request();
      if (run === this.runs) this.ready(value);
    } catch (error) {
      if (run === this.runs) this._state.set({ status: 'error', error: toAppError(error) });
    }
  }

  /** Replaces the loaded value, e.g. after a mutation answered with the new state. */
  update(change: (value: T) => T): void {
    const state = this._state();
    if (state.status === 'ready') this.ready(change(state.value));
  }

  private ready(value: T): void {
    this._state.set({ status: 'ready', value });
    this._last.set({ value });
  }
}
