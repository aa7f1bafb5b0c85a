import type { Card, Settings, TabMatches } from '../../../lib/messaging/protocol';

/** Cards as the background returns them for the seed article, cut down to what the tests look at. */
const origin = [{ id: 'core', name: { ar: 'سياق: المجموعة الأساسية', en: 'Siyaq core set' }, attribution: 'Siyaq' }];

const source = {
  id: 'seed-000',
  title: { ar: 'قيادي في كتائب حزب الله يسخر من محاولة اغتيال الكاظمي', en: "Kata'ib Hezbollah official mocks attempt on al-Kadhimi" },
  publisher: 'الرافد نيوز',
  published: '2021-11-07',
};

export const kadhimi: Card = {
  kind: 'entity',
  id: 'mustafa-al-kadhimi',
  type: 'person',
  name: { ar: 'مصطفى الكاظمي', en: 'Mustafa al-Kadhimi' },
  summary: { ar: 'رئيس وزراء العراق منذ مايو 2020.', en: 'Prime minister of Iraq since May 2020.' },
  dates: [{ date: '2020-05-07', label: { ar: 'تولّى رئاسة الحكومة', en: 'Took office' } }],
  facts: [
    {
      id: 'kadhimi-survived-drone',
      text: { ar: 'نجا من محاولة اغتيال بطائرة مسيّرة مفخخة.', en: 'He survived an assassination attempt by an explosive-laden drone.' },
      quote: 'نجا مصطفى الكاظمي من محاولة اغتيال فاشلة، بواسطة "طائرة مسيّرة مفخّخة"',
      date: '2021-11-07',
      source,
    },
  ],
  relations: [
    {
      type: 'target-of',
      direction: 'out',
      other: { id: 'kadhimi-assassination-attempt-2021', kind: 'event', name: { ar: 'محاولة اغتيال الكاظمي', en: 'Attempt on al-Kadhimi' }, onPage: true },
    },
  ],
  coverage: [
    { kind: 'visit', url: 'https://example.org/iraq/drone', title: 'الكاظمي يدعو إلى التهدئة', outlet: 'صحيفة المثال', published: '2021-11-08', seen: Date.UTC(2021, 10, 9) },
    { kind: 'visit', url: 'https://example.org/iraq/drone-2', title: 'تحقيق في الهجوم على منزل الكاظمي', outlet: 'صحيفة المثال', published: null, seen: Date.UTC(2021, 10, 12) },
    { kind: 'source', url: '', title: source.title.ar, outlet: source.publisher, published: source.published, seen: null },
  ],
  coverageMore: true,
  coSeen: [{ id: 'abu-ali-al-askari', name: { ar: 'أبو علي العسكري', en: 'Abu Ali al-Askari' }, count: 2 }],
  pageDate: { date: '2021-11-07', from: 'page' },
  origin,
};

export const askari: Card = {
  kind: 'entity',
  id: 'abu-ali-al-askari',
  type: 'person',
  name: { ar: 'أبو علي العسكري', en: 'Abu Ali al-Askari' },
  summary: { ar: 'المسؤول الأمني في كتائب حزب الله.', en: "Security official of Kata'ib Hezbollah." },
  dates: [],
  facts: [],
  relations: [
    {
      type: 'official-of',
      direction: 'out',
      other: { id: 'kataib-hezbollah', kind: 'entity', name: { ar: 'كتائب حزب الله', en: "Kata'ib Hezbollah" }, onPage: false },
    },
  ],
  coverage: [],
  coverageMore: false,
  coSeen: [],
  origin,
};

export const kataib: Card = {
  kind: 'entity',
  id: 'kataib-hezbollah',
  type: 'organization',
  name: { ar: 'كتائب حزب الله', en: "Kata'ib Hezbollah" },
  summary: { ar: 'فصيل عراقي مسلح موالٍ لإيران.', en: 'An armed Iraqi faction aligned with Iran.' },
  dates: [],
  facts: [],
  relations: [],
  coverage: [],
  coverageMore: false,
  coSeen: [],
  origin,
};

export const attempt: Card = {
  kind: 'event',
  id: 'kadhimi-assassination-attempt-2021',
  date: '2021-11-07',
  name: { ar: 'محاولة اغتيال الكاظمي', en: 'Attempt on al-Kadhimi' },
  summary: { ar: 'طائرة مسيّرة مفخخة استهدفت مقر إقامته في المنطقة الخضراء.', en: 'An explosive-laden drone struck his residence in the Green Zone.' },
  participants: [{ id: 'mustafa-al-kadhimi', name: { ar: 'مصطفى الكاظمي', en: 'Mustafa al-Kadhimi' }, onPage: true }],
  facts: [],
  relations: [],
  coverage: [],
  coverageMore: false,
  coSeen: [],
  origin,
};

export const ALL_CARDS = [kadhimi, askari, kataib, attempt];

export const settings = (over: Partial<Settings> = {}): Settings => ({ highlights: true, language: 'ar', disabledSites: [], recordHistory: true, searchLinks: true, ...over });

export const matched: TabMatches = {
  status: 'matched',
  url: 'https://news.example.iq/2021/11/07/kadhimi',
  title: 'نجاة الكاظمي من محاولة اغتيال',
  entities: [
    { id: 'abu-ali-al-askari', type: 'person', mentions: 3 },
    { id: 'mustafa-al-kadhimi', type: 'person', mentions: 9 },
  ],
  events: [{ id: 'kadhimi-assassination-attempt-2021', mentions: 4 }],
};
