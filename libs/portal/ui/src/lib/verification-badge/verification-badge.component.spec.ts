import { TestBed } from '@angular/core/testing';
import { VerificationBadgeComponent } from './verification-badge.component';

describe('VerificationBadgeComponent', () => {
  it('shows the label and a class per status', () => {
    const fixture = TestBed.createComponent(VerificationBadgeComponent);
    fixture.componentRef.setInput('status', 'UNVERIFIED');
    fixture.componentRef.setInput('label', 'Awaiting verification');
    fixture.detectChanges();
    const sut = fixture.nativeElement as HTMLElement;

    expect(sut.textContent).toContain('Awaiting verification');
    expect(sut.classList).toContain('bridge-verification-badge--unverified');
    expect(sut.getAttribute('data-status')).toBe('UNVERIFIED');
  });
});
