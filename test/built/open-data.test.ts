/** The published open data: valid against its own JSON Schemas, consistent with the CSVs, free of leads. */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { hsdsServiceSchema } from '../../src/data-tools/open-data';
import { loadContent } from '../../src/data-tools/load-content';
import { isPublishable } from '../../src/domain/phone';

const read = (path: string) => readFileSync(`dist${path}`, 'utf8');
const json = (path: string) => JSON.parse(read(path));
const csvRows = (path: string) => read(path).trimEnd().split('\r\n').length - 1;

describe('open data', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
  for (const name of ['prefectures', 'organisations', 'municipalities']) {
    it(`${name}.json validates against /data/schema/${name}.json`, () => {
      const validate = ajv.compile(json(`/data/schema/${name}.json`));
      const data = json(`/data/${name}.json`);
      const valid = validate(data);
      expect(validate.errors?.slice(0, 5) ?? []).toEqual([]);
      expect(valid).toBe(true);
    });
  }

  it('covers all 47 prefectures and every municipality, in JSON and CSV alike', () => {
    expect(json('/data/prefectures.json')).toHaveLength(47);
    expect(csvRows('/data/prefectures.csv')).toBe(47);
    const municipalities = json('/data/municipalities.json');
    expect(municipalities.length).toBe(1912);
    expect(csvRows('/data/municipalities.csv')).toBe(1912);
  });

  it('never exports a number the site does not publish', () => {
    const content = loadContent();
    const orgs = [...content.organisations.values()].map((o) => o.data.phones);
    const leads = orgs.flatMap((phones) => phones.filter((p) => !isPublishable(p, phones))).map((p) => p.number);
    const published = new Set(orgs.flatMap((phones) => phones.filter((p) => isPublishable(p, phones))).map((p) => p.number));
    const onlyLeads = leads.filter((n) => !published.has(n));
    expect(onlyLeads.length).toBeGreaterThan(0);
    const exported = read('/data/organisations.json') + read('/data/organisations.csv') + read('/data/hsds/services.json');
    expect(onlyLeads.filter((n) => exported.includes(`"${n}"`))).toEqual([]);
    expect(exported).not.toContain('"notes"');
  });

  it('exports HSDS 3.0 services with the required fields and unique UUIDs', () => {
    const services = json('/data/hsds/services.json');
    expect(services.length).toBe(json('/data/organisations.json').length);
    for (const service of services) expect(hsdsServiceSchema.safeParse(service).error?.issues ?? []).toEqual([]);
    const ids = services.flatMap((s: { id: string; phones: { id: string }[] }) => [s.id, ...s.phones.map((p) => p.id)]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('publishes each prefecture’s eligibility rules, saying so where there are none', () => {
    expect(json('/data/eligibility/36.json')).toMatchObject({ status: 'rules', code: '36', offencesArticle: '第2条第3項、別表' });
    expect(json('/data/eligibility/40.json')).toMatchObject({ status: 'rules', code: '40' });
    expect(json('/data/eligibility/01.json')).toMatchObject({ status: 'no-data', code: '01' });
  });
});
