import { TestBed } from '@angular/core/testing';
import { LanguageSwitchComponent } from './language-switch.component';

describe('LanguageSwitchComponent', () => {
  it('shows every language in its own name and emits the chosen one', () => {
    const fixture = TestBed.createComponent(LanguageSwitchComponent);
    fixture.componentRef.setInput('options', [
      { value: 'zh-CN', label: '中文', short: '中' },
      { value: 'en', label: 'English', short: 'EN' },
      { value: 'ru', label: 'Русский', short: 'РУ' },
    ]);
    fixture.componentRef.setInput('value', 'en');
    fixture.componentRef.setInput('ariaLabel', 'Language');
    fixture.detectChanges();
    const chosen: string[] = [];
    fixture.componentInstance.valueChange.subscribe((value) => chosen.push(value));
    const sut = fixture.nativeElement as HTMLElement;

    (sut.querySelector('[data-testid="lang-ru"]') as HTMLButtonElement).click();
    (sut.querySelector('[data-testid="lang-en"]') as HTMLButtonElement).click();

    expect(sut.getAttribute('role')).toBe('group');
    expect(sut.getAttribute('aria-label')).toBe('Language');
    expect(sut.querySelector('[data-testid="lang-en"]')?.getAttribute('aria-pressed')).toBe('true');
    expect(sut.querySelector('[data-testid="lang-zh-CN"]')?.textContent).toContain('中文');
    expect(chosen).toEqual(['ru']);
  });
});
