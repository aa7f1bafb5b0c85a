import { compileMatcher, type Matcher } from '../../../lib/match/compile';
import { applyAmends } from '../../../lib/reference/apply-amends';
import type { Pack } from '../../../lib/reference/pack-schema';
import { buildPackFolder } from '../../../scripts/lib/build-pack-folder';

/** The core pack and the news-makers pack, built from their folders as `npm run pack` builds them. */
export function buildNewsmakers(): { core: Pack; newsmakers: Pack } {
  const known = new Map<string, Pack>();
  const newsmakers = buildPackFolder('seeds/packs/newsmakers', known);
  return { core: known.get('core')!, newsmakers };
}

let matcher: Matcher | undefined;
/** One matcher over core + news-makers with amendments applied, compiled once per test file. */
export function newsmakersMatcher(): Matcher {
  if (!matcher) {
    const { core, newsmakers } = buildNewsmakers();
    matcher = compileMatcher({
      entities: applyAmends([...core.entities, ...newsmakers.entities], [...core.amends, ...newsmakers.amends]),
      events: [...core.events, ...newsmakers.events],
    });
  }
  return matcher;
}

/** Ids found in `text`, sorted. */
export function idsIn(text: string, pageDate?: string): string[] {
  const r = newsmakersMatcher().scan(text, pageDate ? { pageDate } : undefined);
  return [...r.entities.map((e) => e.id), ...r.events.map((e) => e.id)].sort();
}
