import { TestBed } from '@angular/core/testing';
import { GraphqlService } from '../../../core/graphql/graphql.service';
import { IntroductionsApi } from './introductions.api';

const AGRO = '0b8c8a52-1f3e-4a8d-9b0e-1c2d3e4f5a60';
const ARM = '7d1e2f30-4a5b-4c6d-8e9f-a0b1c2d3e4f5';
const DRONE = '9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4';

describe('IntroductionsApi.forProject', () => {
  let query: jest.Mock;
  let sut: IntroductionsApi;

  beforeEach(() => {
    query = jest.fn(async (_document: unknown, variables: { projectIds: string[] }) => ({
      introductionsFor: variables.projectIds.includes(AGRO)
        ? [
            { id: 'i2', projectId: AGRO, purpose: 'LANDING', status: 'PENDING' },
            { id: 'i1', projectId: AGRO, purpose: 'INVESTMENT', status: 'DECLINED' },
          ]
        : [],
    }));
    TestBed.configureTestingModule({ providers: [{ provide: GraphqlService, useValue: { query } }] });
    sut = TestBed.inject(IntroductionsApi);
  });

  it('asks once for every card of a page, and gives each card its own requests', async () => {
    const [agro, arm, agroAgain] = await Promise.all([
      sut.forProject(AGRO),
      sut.forProject(ARM),
      sut.forProject(AGRO),
    ]);

    expect(query).toHaveBeenCalledTimes(1);
    expect(query.mock.calls[0][1]).toEqual({ projectIds: [AGRO, ARM] });
    expect(agro.map((i) => i.id)).toEqual(['i2', 'i1']);
    expect(agroAgain).toEqual(agro);
    expect(arm).toEqual([]);
  });

  it('asks again for a later turn, and passes a failure to every waiting card', async () => {
    await sut.forProject(AGRO);
    query.mockRejectedValueOnce(new Error('offline'));
    await expect(Promise.all([sut.forProject(ARM), sut.forProject(DRONE)])).rejects.toThrow('offline');
    expect(query).toHaveBeenCalledTimes(2);
    expect(await sut.forProject(DRONE)).toEqual([]);
  });
});
