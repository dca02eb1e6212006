import { TestBed } from '@angular/core/testing';
import { ErrorStateComponent } from './error-state.component';

describe('ErrorStateComponent', () => {
  it('shows the translated texts and emits retry', () => {
    const fixture = TestBed.createComponent(ErrorStateComponent);
    const sut = fixture.componentInstance;
    fixture.componentRef.setInput('heading', 'Could not load');
    fixture.componentRef.setInput('message', 'The server is not reachable.');
    fixture.componentRef.setInput('retryLabel', 'Try again');
    fixture.detectChanges();
    const retried = jest.fn();
    sut.retry.subscribe(retried);

    const element = fixture.nativeElement as HTMLElement;
    (element.querySelector('[data-testid="retry"]') as HTMLButtonElement).click();

    expect(element.getAttribute('role')).toBe('alert');
    expect(element.textContent).toContain('The server is not reachable.');
    expect(retried).toHaveBeenCalledTimes(1);
  });

  it('has no retry button without a label', () => {
    const fixture = TestBed.createComponent(ErrorStateComponent);
    fixture.componentRef.setInput('heading', 'Forbidden');
    fixture.detectChanges();

    expect((fixture.nativeElement as HTMLElement).querySelector('button')).toBeNull();
  });
});
