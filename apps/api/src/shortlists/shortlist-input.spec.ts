import { AppException } from '../common/errors/app.exception';
import { SHORTLIST_LIMITS, ShortlistInputCleaner, nameKeyOf } from './shortlist-input';

const longText = (length: number) => 'x'.repeat(length);
const tagsOf = (count: number) => Array.from({ length: count }, (_, i) => `tag ${i + 1}`);

describe('ShortlistInputCleaner', () => {
  let sut: ShortlistInputCleaner;
  beforeEach(() => (sut = new ShortlistInputCleaner()));

  it('trims names and counts their length after trimming', () => {
    expect(sut.name(`  ${longText(SHORTLIST_LIMITS.name)}  `)).toHaveLength(120);
    expect(sut.errors).toEqual([]);
    sut.name(longText(121));
    expect(sut.errors).toEqual([{ field: 'name', key: 'validation.maxLength', params: { max: 120 } }]);
  });

  it('refuses a blank name, and leaves the name alone when it is not given', () => {
    sut.name('   ');
    expect(sut.errors).toEqual([{ field: 'name', key: 'validation.required' }]);
    expect(new ShortlistInputCleaner().name(null)).toBeUndefined();
    expect(new ShortlistInputCleaner().name(undefined)).toBeUndefined();
  });

  it('clears an empty description or note and bounds their length', () => {
    expect(sut.text('note', '   ')).toBeNull();
    expect(sut.text('note', null)).toBeNull();
    expect(sut.text('note', undefined)).toBeUndefined();
    expect(sut.text('description', ' Seed-stage robotics ')).toBe('Seed-stage robotics');
    sut.text('note', longText(4001));
    sut.text('description', longText(2001));
    expect(sut.errors).toEqual([
      { field: 'note', key: 'validation.maxLength', params: { max: 4000 } },
      { field: 'description', key: 'validation.maxLength', params: { max: 2000 } },
    ]);
  });

  it('trims tags and drops repeats ignoring case, keeping the first spelling', () => {
    expect(sut.tags([' Robotics ', 'robotics', 'AgriTech', 'ROBOTICS ', 'agritech'])).toEqual([
      'Robotics',
      'AgriTech',
    ]);
    expect(sut.errors).toEqual([]);
  });

  it('names each tag at fault: empty or longer than 40 characters', () => {
    sut.tags(['ok', '  ', longText(41), longText(40)]);
    expect(sut.errors).toEqual([
      { field: 'tags', key: 'validation.minLength', params: { min: 1, index: 1 } },
      { field: 'tags', key: 'validation.maxLength', params: { max: 40, index: 2 } },
    ]);
  });

  it('takes 20 different tags but not 21; repeats do not count', () => {
    expect(sut.tags([...tagsOf(20), 'TAG 1'])).toHaveLength(20);
    expect(sut.errors).toEqual([]);
    sut.tags(tagsOf(21));
    expect(sut.errors).toEqual([{ field: 'tags', key: 'validation.maxItems', params: { max: 20 } }]);
  });

  it('throws one BAD_USER_INPUT with every field error', () => {
    sut.name('');
    sut.text('description', longText(2001));
    expect(() => sut.assertValid()).toThrow(AppException);
    try {
      sut.assertValid();
    } catch (error) {
      expect((error as AppException).code).toBe('BAD_USER_INPUT');
      expect((error as AppException).fields.map((f) => f.field)).toEqual(['name', 'description']);
    }
  });

  it('makes one name of "Robotics" and " robotics "', () => {
    expect(nameKeyOf(' robotics ')).toBe(nameKeyOf('Robotics'));
  });
});
