import bundled from '../../../lib/reference/generated/reference-set.json';
import core from '../../../lib/reference/generated/packs/core.json';
import type { InstallablePack } from '../../../lib/db/install-pack';
import { parsePack } from '../../../lib/reference/parse-pack';
import { referenceSetSchema, type ReferenceSet } from '../../../lib/reference/schema';

/** The core pack's records as a reference set (the shape older tests read). */
export const shippedSet: ReferenceSet = referenceSetSchema.parse(bundled);

/** The bundled core pack, validated as the background validates it. */
export const corePack: InstallablePack = parsePack(core);

/** A later release of core: another version, one entity fewer (Twitter dropped), a changed summary. */
export function nextCorePack(): InstallablePack {
  const pack = structuredClone(corePack);
  pack.meta.version = '9.0.0';
  pack.contentVersion = 'ffffeeee00001111';
  pack.entities = pack.entities
    .filter((e) => e.id !== 'twitter')
    .map((e) => (e.id === 'baghdad' ? { ...e, summary: { ar: 'عاصمة العراق وأكبر مدنه', en: 'Capital of Iraq' } } : e));
  pack.relations = pack.relations.filter((r) => r.from !== 'twitter' && r.to !== 'twitter');
  pack.facts = pack.facts.filter((f) => f.subject !== 'twitter');
  return pack;
}

/**
 * A small reader pack that requires core: one person with a quoted fact, a relation to a core entity,
 * and an amendment adding a spelling to core's Baghdad.
 */
export function extraPack(version = '1.0.0', contentVersion = 'aaaabbbbccccdddd'): InstallablePack {
  return {
    meta: {
      id: 'extra',
      name: { ar: 'حزمة تجريبية', en: 'Trial pack' },
      version,
      description: { ar: 'حزمة صغيرة للاختبار.', en: 'A small pack for tests.' },
      license: 'CC BY 4.0',
      attribution: 'Trial newsroom',
      authors: ['Trial newsroom'],
      date: '2026-11-30',
      requires: ['core'],
    },
    contentVersion,
    sources: [
      {
        id: 'extra-note',
        kind: 'document',
        title: { ar: 'مذكرة', en: 'A note' },
        publisher: 'Trial newsroom',
        published: '2026-11-01',
        language: 'ar',
        text: 'التقى سلام العبيدي وزير الخارجية في بغداد يوم الأحد.',
      },
    ],
    entities: [
      {
        id: 'salam-al-obaidi',
        type: 'person',
        name: { ar: 'سلام العبيدي', en: 'Salam al-Obaidi' },
        summary: { ar: 'شخصية تجريبية.', en: 'A trial person.' },
        aliases: [{ text: 'سلام العبيدي', lang: 'ar', kind: 'full', requires: [], vetoes: [] }],
        dates: [],
        sources: ['extra-note'],
        roles: [],
      },
    ],
    events: [],
    relations: [{ from: 'salam-al-obaidi', type: 'located-in', to: 'baghdad' }],
    facts: [
      {
        id: 'obaidi-met-minister',
        subject: 'salam-al-obaidi',
        text: { ar: 'التقى وزير الخارجية.', en: 'Met the foreign minister.' },
        quote: 'التقى سلام العبيدي وزير الخارجية',
        source: 'extra-note',
      },
    ],
    amends: [{ id: 'baghdad', aliases: [{ text: 'بغداد الرشيد', lang: 'ar', kind: 'variant', requires: [], vetoes: [] }], sources: ['extra-note'], roles: [] }],
  };
}
