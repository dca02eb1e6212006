import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Locale, LocalizedText } from '@bridge/contracts';
import { LocalizedTextComponent } from './localized-text.component';

const markerLabels = { zh: 'in Chinese', en: 'in English', ru: 'in Russian' };

function render(text: LocalizedText | null, locale: Locale): ComponentFixture<LocalizedTextComponent> {
  const fixture = TestBed.createComponent(LocalizedTextComponent);
  fixture.componentRef.setInput('text', text);
  fixture.componentRef.setInput('locale', locale);
  fixture.componentRef.setInput('markerLabels', markerLabels);
  fixture.componentRef.setInput('emptyText', 'No name');
  fixture.detectChanges();
  return fixture;
}

describe('LocalizedTextComponent', () => {
  it("shows the viewer's language without a marker", () => {
    const sut = render({ zh: '农业机器人', en: 'Farm robot' }, 'zh-CN').nativeElement as HTMLElement;

    expect(sut.textContent?.trim()).toBe('农业机器人');
    expect(sut.querySelector('[lang]')?.getAttribute('lang')).toBe('zh-CN');
    expect(sut.querySelector('[data-testid="language-marker"]')).toBeNull();
  });

  it('falls back to another language and marks which one is shown', () => {
    const sut = render({ ru: 'Агроробот' }, 'en').nativeElement as HTMLElement;
    const marker = sut.querySelector('[data-testid="language-marker"]');

    expect(sut.textContent).toContain('Агроробот');
    expect(marker?.textContent).toBe('RU');
    expect(marker?.getAttribute('aria-label')).toBe('in Russian');
  });

  it('shows the empty text when no language is filled', () => {
    const sut = render({ en: '  ' }, 'ru').nativeElement as HTMLElement;

    expect(sut.textContent?.trim()).toBe('No name');
  });
});
