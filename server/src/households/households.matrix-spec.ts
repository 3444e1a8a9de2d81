import { F, U, Y, type MatrixKit, type MatrixSection, type Marked, type Scenario } from '../testing/access-matrix-kit';
import { ResidentHousehold } from './resident-household.entity';

/**
 * Households in the access matrix: she states her own flat (residents and liaisons, who live in the community too);
 * her community's staff verify or reset it.
 */
// prettier-ignore
const rows: MatrixSection['rows'] = [
  //                                              res lia stf sec grd cmd dpt adm anon
  ['GET /api/me/household',                        [Y,  Y,  F,  F,  F,  F,  F,  F,  U]],
  ['PUT /api/me/household',                        [Y,  Y,  F,  F,  F,  F,  F,  F,  U]],
  ['GET /api/households',                          [F,  F,  Y,  Y,  F,  F,  F,  F,  U]],
  ['POST /api/households/:userId/verify',          [F,  F,  Y,  Y,  F,  F,  F,  F,  U]],
  ['DELETE /api/households/:userId',               [F,  F,  Y,  Y,  F,  F,  F,  F,  U]],
];

function scenarios(kit: MatrixKit): Record<string, Scenario> {
  const a1 = () => kit.t.fixtures.buildings.a1;
  /** A resident of community A who has stated a flat of her own (the marker is her name). */
  const statedResident = async (): Promise<Marked> => {
    const marker = kit.newMarker('MXH');
    const user = await kit.newUser({ role: 'resident', displayName: marker, communityId: a1().communityId });
    await kit
      .call('PUT', '/api/me/household', kit.issue(user, marker))
      .send({ buildingId: a1().id, unit: '1', room: marker.slice(-6) })
      .expect(200);
    return { id: user.id, marker };
  };
  const record = (o: Marked) => kit.t.dataSource.getRepository(ResidentHousehold).findOneBy({ userId: o.id });

  return {
    'GET /api/me/household': async () => ({ url: '/api/me/household' }),
    // Stating is once: an allowed caller states it as a new account of her role.
    'PUT /api/me/household': async (who) => {
      const room = kit.newMarker('').replace(/\D/g, '').slice(0, 6) || '1';
      const allowed = who === 'resident' || who === 'liaison';
      const as = allowed ? kit.issue(await kit.newUser({ role: who, displayName: `matrix-${who}` }), `new ${who}`) : undefined;
      return {
        url: '/api/me/household',
        as,
        body: { buildingId: a1().id, unit: '9', room },
        verify: async (res, outcome, caller) => {
          const stated = caller ? await kit.t.dataSource.getRepository(ResidentHousehold).findOneBy({ userId: caller.id }) : null;
          if (outcome !== 'ok') return expect(stated).toBeNull();
          expect(res.body).toMatchObject({ buildingId: a1().id, unit: '9', room: String(Number(room)) });
          expect(stated).toMatchObject({ communityId: a1().communityId });
        },
      };
    },
    'GET /api/households': kit.read(
      () => kit.sharedObject('household', statedResident),
      () => '/api/households',
      (res, o) => expect(kit.idsOf(res.body, 'userId')).toContain(o.id),
    ),
    'POST /api/households/:userId/verify': kit.move('POST /api/households/:userId/verify', {
      object: (fresh) => (fresh ? statedResident() : kit.sharedObject('household', statedResident)),
      url: (o) => `/api/households/${o.id}/verify`,
      record,
      done: async (res, o, caller) => {
        expect(res.body).toMatchObject({ userId: o.id, displayName: o.marker });
        expect(await record(o)).toMatchObject({ verifiedById: caller.id });
      },
    }),
    'DELETE /api/households/:userId': kit.move('DELETE /api/households/:userId', {
      object: (fresh) => (fresh ? statedResident() : kit.sharedObject('household', statedResident)),
      url: (o) => `/api/households/${o.id}`,
      record,
      done: async (_res, o) => expect(await record(o)).toBeNull(),
    }),
  };
}

export const householdsMatrix: MatrixSection = { rows, scenarios };
