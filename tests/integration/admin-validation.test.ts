// Pure checks of the shared schemas and form parsing (no database; kept beside the admin
// service tests so the admin area's tests live together).
import { describe, expect, it } from 'vitest';
import { formatHours, parseHours } from '@/lib/admin/measure-csv';
import { slugify } from '@/lib/validation/fields';
import { compactRows, formDataToObject, toFieldErrors } from '@/lib/validation/form-data';
import { measureCreateSchema, measureValuesFromForm, measureUpdateSchema } from '@/lib/validation/measure';

const providerId = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

function form(entries: [string, string][]) {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
}

describe('form data', () => {
  it('turns indexed and repeated names into nested objects and lists', () => {
    const values = formDataToObject(
      form([
        ['name', 'A'],
        ['districts', 'ARNA'],
        ['districts', 'FANA'],
        ['openingHours[1][weekday]', '3'],
        ['openingHours[0][weekday]', '1'],
        ['openingHours[0][opensAt]', '09:00'],
        ['$ACTION_ID_abc', ''],
      ]),
    );
    expect(values).toEqual({ name: 'A', districts: ['ARNA', 'FANA'], openingHours: [{ weekday: '1', opensAt: '09:00' }, { weekday: '3' }] });
  });

  it('takes names after Object\'s own members as plain keys, and never touches Object.prototype', () => {
    const values = formDataToObject(
      form([
        ['__proto__[polluted]', 'yes'],
        ['constructor[prototype][polluted]', 'yes'],
        ['toString', 'x'],
        ['hasOwnProperty[]', 'y'],
        ['name', 'A'],
        ['name[first]', 'B'],
      ]),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(values).sort()).toEqual(['__proto__', 'constructor', 'hasOwnProperty', 'name', 'toString']);
    expect(values.toString).toBe('x');
    expect(values.hasOwnProperty).toEqual(['y']);
    expect(values.name).toEqual({ first: 'B' });
    expect(measureCreateSchema.safeParse(values).success).toBe(false);
    // Plain objects, which React passes on to client components (a form keeps what was typed).
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(values.name)).toBe(Object.prototype);
  });

  it('drops spare rows left blank and rows marked for removal', () => {
    expect(compactRows([{ weekday: '' }, { weekday: '2', remove: 'on' }, { weekday: '4' }, { placeholder: 'on' }], ['placeholder'])).toEqual([{ weekday: '4' }]);
  });
});

describe('measure schema', () => {
  const base = { name: 'Kafé', summary: 'S', providerId, kind: 'activity' };

  it('keeps unknown facts NULL, never false', () => {
    const m = measureCreateSchema.parse({ ...base, dropIn: 'unknown', anonymous: '', freeOfCharge: 'no', citywide: 'yes' });
    expect([m.dropIn, m.anonymous, m.referralRequired, m.freeOfCharge, m.citywide]).toEqual([null, null, null, false, true]);
    expect(m.hoursStatus).toBe('UNKNOWN');
  });

  it('reads opening hours from a form, with windows past midnight and seasons', () => {
    const values = measureValuesFromForm(
      form([
        ...Object.entries(base),
        ['hoursStatus', 'REGULAR'],
        ['openingHours[0][weekday]', '1'], ['openingHours[0][opensAt]', '09:00'], ['openingHours[0][closesAt]', '11:00'],
        ['openingHours[1][weekday]', ''], ['openingHours[1][opensAt]', ''], ['openingHours[1][closesAt]', ''],
        ['openingHours[2][weekday]', '1'], ['openingHours[2][opensAt]', '22:00'], ['openingHours[2][closesAt]', '02:00'], ['openingHours[2][overnight]', 'on'],
        ['openingHours[2][validFrom]', '2026-06-01'], ['openingHours[2][validTo]', '2026-08-31'],
        ['exceptions[0][startDate]', '2026-12-24'], ['exceptions[0][closed]', 'on'],
      ] as [string, string][]),
    );
    const m = measureCreateSchema.parse(values);
    expect(m.openingHours).toEqual([
      { weekday: 1, opensAt: 540, closesAt: 660, validFrom: null, validTo: null },
      { weekday: 1, opensAt: 1320, closesAt: 120, validFrom: '2026-06-01', validTo: '2026-08-31' },
    ]);
    expect(m.exceptions).toEqual([{ startDate: '2026-12-24', endDate: '2026-12-24', closed: true, opensAt: null, closesAt: null, note: null }]);
  });

  it('reports each problem under its field path', () => {
    const r = measureUpdateSchema.safeParse({
      ...base, slug: 'Not a slug', version: '', ageMin: '30', ageMax: '20', hoursStatus: 'REGULAR', contactEmail: 'nope',
      openingHours: [{ weekday: '8', opensAt: '25:00', closesAt: '10:00' }],
      exceptions: [{ startDate: '2026-05-02', endDate: '2026-05-01' }],
      locations: [{ postcode: '12' }],
    });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(toFieldErrors(r.error)).toEqual({
      slug: ['slug'],
      version: ['stale'],
      contactEmail: ['email'],
      'openingHours.0.weekday': ['invalid'],
      'openingHours.0.opensAt': ['time'],
      'exceptions.0.endDate': ['dateOrder'],
      'exceptions.0.opensAt': ['timeOrClosed'],
      'exceptions.0.closesAt': ['timeOrClosed'],
      'locations.0.postcode': ['postcode'],
      'locations.0.address': ['locationNameOrAddress'],
    });
  });

  it('makes slugs from Norwegian names', () => {
    expect(slugify('Ærlig talt – Øvre Årstad!')).toBe('aerlig-talt-ovre-arstad');
  });

  it('writes and reads the CSV form of opening hours', () => {
    const rows = [
      { weekday: 1, opensAt: 540, closesAt: 900, validFrom: null, validTo: null },
      { weekday: 6, opensAt: 1320, closesAt: 120, validFrom: '2026-06-01', validTo: '2026-08-31' },
    ];
    const text = formatHours(rows);
    expect(text).toBe('1 09:00-15:00; 6 22:00-02:00+1 2026-06-01..2026-08-31');
    expect(measureCreateSchema.parse({ ...base, openingHours: parseHours(text) }).openingHours).toEqual(rows);
    expect(parseHours('man 9-15')).toBeNull();
  });
});
