import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../lib/arabic/normalize';
import { recordsFileSchema } from '../../../lib/reference/schema';
import { placeIds, placesSet } from '../../support/places-set';
import { buildNewsmakers } from './newsmakers-set';

/**
 * First-level regions of the places pack (docs/places.md): named only by their prefixed forms. The bare name
 * stays the city's, or nothing's.
 */
const has = (text: string, id: string) => expect(placeIds(text), text).toContain(id);
const hasNot = (text: string, id: string) => expect(placeIds(text), text).not.toContain(id);
const regions = () => placesSet().records.entities.filter((e) => e.place?.kind === 'region');

describe('regions by their prefixed forms', () => {
  it.each([
    ['أعلنت السلطات في محافظة نينوى حظر التجوال بعد الهجوم.', 'nineveh-governorate'],
    ['قال محافظ نينوى إن الأمطار غمرت قرى في محافظة نينوى شمال العراق.', 'nineveh-governorate'],
    ['نزح آلاف السكان من ولاية الخرطوم إلى الولايات المجاورة.', 'khartoum-state'],
    ['أعلنت إمارة دبي عن خطة جديدة للنقل العام.', 'emirate-of-dubai'],
    ['هطلت أمطار غزيرة على منطقة الرياض يوم الثلاثاء.', 'riyadh-province'],
    ['قال مسؤول في محافظة حلب إن المدارس أعيد فتحها.', 'aleppo-governorate'],
    ['Heavy rain flooded villages in Nineveh Governorate on Monday.', 'nineveh-governorate'],
    ['Officials in Riyadh Province said the road would reopen.', 'riyadh-province'],
    ['أعلن والي ولاية وهران إغلاق المدارس بسبب الأمطار.', 'oran-province'],
    ['سجلت مصالح الحماية المدنية في ولاية تيزي وزو عشرات التدخلات.', 'tizi-ouzou-province'],
    ['شهدت جهة الدار البيضاء-سطات تساقطات مطرية مهمة أمس.', 'casablanca-settat-region'],
    ['صادق مجلس جهة فاس مكناس على برنامج التنمية الجهوية.', 'fez-meknes-region'],
  ])('the region: %s', (text, id) => has(text, id));

  it('"محافظة نينوى" is the governorate, not the city of Mosul', () => {
    hasNot('أعلنت السلطات في محافظة نينوى حظر التجوال بعد الهجوم.', 'mosul');
  });

  it.each([
    ['وصل الوفد الحكومي إلى الموصل في نينوى صباح اليوم.', 'nineveh-governorate'],
    ['قال شهود في نينوى إن القصف استمر طوال الليل.', 'nineveh-governorate'],
    ['وصل الرئيس إلى الخرطوم لإجراء محادثات مع قادة الجيش.', 'khartoum-state'],
    ['شهدت دبي معرضاً دولياً للطيران هذا الأسبوع.', 'emirate-of-dubai'],
    ['قال مصدر في الرياض إن المفاوضات مستمرة.', 'riyadh-province'],
    ['قال محافظ نينوى إن الطرق أعيد فتحها.', 'nineveh-governorate'],
    ['وصل الوفد إلى منطقة قريبة من الرياض.', 'riyadh-province'],
    ['وصل المنتخب إلى وهران استعدادا للمباراة.', 'oran-province'],
    ['اتجهت القافلة من جهة الدار البيضاء نحو الرباط.', 'casablanca-settat-region'],
  ])('the bare name is no region: %s', (text, id) => hasNot(text, id));

  it('"الخرطوم" alone is the city, "ولاية الخرطوم" the state and not the city', () => {
    has('وصل الرئيس إلى الخرطوم لإجراء محادثات مع قادة الجيش.', 'khartoum');
    has('نزح آلاف السكان من ولاية الخرطوم إلى الولايات المجاورة.', 'khartoum-state');
    hasNot('نزح آلاف السكان من ولاية الخرطوم إلى الولايات المجاورة.', 'khartoum');
  });

  it('"ولاية وهران" is the province and not the city; "وهران" alone is the city', () => {
    hasNot('أعلن والي ولاية وهران إغلاق المدارس بسبب الأمطار.', 'oran');
    has('وصل المنتخب إلى وهران استعدادا للمباراة.', 'oran');
  });

  it('"جهة الشرق" ("the east side") makes no card for Morocco\'s Oriental region, which the list leaves out', () => {
    expect(placeIds('تقدمت القوات من جهة الشرق نحو المدينة.')).toEqual([]);
  });

  it('"محافظة حلب" is the governorate and not the city, though محافظة is a place noun for the city', () => {
    hasNot('قال مسؤول في محافظة حلب إن المدارس أعيد فتحها.', 'aleppo');
  });
});

describe('the regions as records', () => {
  it('each has only prefixed aliases, a country, a located-in relation and the curated source', () => {
    const list = regions();
    expect(list.length).toBeGreaterThan(150);
    const relations = new Set(placesSet().records.relations.map((r) => `${r.from} ${r.type} ${r.to}`));
    for (const e of list) {
      expect(e.aliases.map((a) => a.text), e.id).toEqual([e.name.ar, e.name.en]);
      expect(e.name.ar, e.id).toMatch(/^(?:محافظة|ولاية|منطقة|إمارة|جهة) /);
      expect(e.name.en, e.id).toMatch(/ (?:Governorate|Province|State|Region)$|^Emirate of /);
      expect(e.sources).toEqual(['siyaq-regions']);
      expect(relations.has(`${e.id} located-in ${e.place!.country}`), e.id).toBe(true);
    }
    expect(regions().find((e) => e.id === 'nineveh-governorate')?.place).toEqual({ kind: 'region', country: 'iraq' });
  });

  it('no region name is a name of another record of the core, places or news-makers packs', () => {
    const own = new Map(regions().flatMap((e) => e.aliases.map((a) => [normalizeText(a.text), e.id] as const)));
    const { core, newsmakers } = buildNewsmakers();
    const places = recordsFileSchema.parse(JSON.parse(readFileSync('seeds/packs/places/places.json', 'utf8')));
    const others = [...core.entities, ...core.events, ...newsmakers.entities, ...newsmakers.events, ...places.entities.filter((e) => e.place?.kind !== 'region')];
    const aliases = [...others.flatMap((e) => e.aliases), ...places.amends.flatMap((a) => a.aliases), ...newsmakers.amends.flatMap((a) => a.aliases)];
    const clashes = aliases.filter((a) => own.has(normalizeText(a.text))).map((a) => a.text);
    expect(clashes).toEqual([]);
  });
});
