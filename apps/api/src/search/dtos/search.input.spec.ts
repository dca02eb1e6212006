import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { AppException } from '../../common/errors/app.exception';
import type { SearchEngines } from '../search-engines';
import type { SearchLabels } from '../search-labels';
import { SearchService } from '../search.service';
import { SearchInput } from './search.input';

const errorsOf = async (input: Record<string, unknown>) =>
  (await validate(plainToInstance(SearchInput, input), { whitelist: true, forbidNonWhitelisted: true })).map(
    (e) => e.property,
  );

describe('SearchInput', () => {
  it('accepts a full, sane search', async () => {
    expect(
      await errorsOf({
        text: 'роботы',
        language: 'zh-CN',
        competitionIds: ['00000000-0000-4000-8000-000000000001'],
        fieldCodes: ['AI'],
        statuses: ['FINALIST'],
        awardPlaces: [1],
        trlMin: 3,
        trlMax: 7,
        stages: ['MVP'],
        seeking: ['INVESTMENT'],
        fundingUsdMin: 0,
        fundingUsdMax: 500_000_00,
        scoreMin: 50,
        scoreMax: 90,
        cities: ['0123456789abcdef'],
        sort: 'SCORE',
        first: 50,
      }),
    ).toEqual([]);
  });

  it.each([
    [{ text: 'x'.repeat(201) }, 'text'],
    [{ first: 51 }, 'first'],
    [{ first: 0 }, 'first'],
    [{ trlMin: 0 }, 'trlMin'],
    [{ trlMax: 10 }, 'trlMax'],
    [{ statuses: ['DRAFT'] }, 'statuses'],
    [{ fieldCodes: ['ai; drop'] }, 'fieldCodes'],
    [{ cities: ['Kazan'] }, 'cities'],
    [{ competitionIds: ['not-a-uuid'] }, 'competitionIds'],
    [{ fundingUsdMin: -1 }, 'fundingUsdMin'],
    [{ scoreMax: 101 }, 'scoreMax'],
    [{ awardPlaces: Array.from({ length: 21 }, () => 1) }, 'awardPlaces'],
    [{ isAdmin: true }, 'isAdmin'],
  ])('refuses %j', async (input, field) => {
    expect(await errorsOf(input)).toContain(field);
  });

  it('refuses ranges whose minimum is above their maximum', () => {
    const sut = new SearchService({} as SearchEngines, {} as SearchLabels);
    const input = plainToInstance(SearchInput, { trlMin: 7, trlMax: 3, scoreMin: 90, scoreMax: 10 });
    let error: unknown;
    try {
      sut.validate(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppException);
    expect((error as AppException).fields.map((f) => [f.field, f.key])).toEqual([
      ['trlMax', 'validation.range'],
      ['scoreMax', 'validation.range'],
    ]);
  });
});
