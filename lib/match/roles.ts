import { normalize } from '../arabic/normalize';
import type { Entity } from '../reference/schema';
import { lowerBound } from './lower-bound';
import type { Hit, PageView } from './page-view';
import { orderByLast } from './order-by-last';
import type { AliasCandidate } from './walk';

/**
 * Titles that name whoever holds an office on the page's date: "رئيس الوزراء العراقي" is al-Kadhimi on a
 * page of 2021 and al-Sudani on a page of 2023. Precision first: no date, or a date on which not exactly one
 * holder is in office, resolves nothing.
 */

/** One title phrase and the people who held the office it names, each over [from, to] (ISO dates, inclusive). */
export interface CompiledRole {
  phrase: number;
  holders: { owner: number; from: string; to?: string }[];
}

/** Role candidates are not alias matches: they carry no pattern. */
export const ROLE_PATTERN = -1;

/**
 * Words that turn a title into someone else's or into the office itself. Before the title: a deputy,
 * assistant or under-secretary, or the post itself ("منصب رئيس الوزراء", "المرشح لمنصب…"). After it: a
 * former, late, ousted, elect, designate or next holder ("الرئيس الأمريكي المنتخب" in November 2024 was not
 * the president), or one of that time ("الرئيس الأميركي وقتها جو بايدن" on a page of 2025 is not the holder
on the page's date). Written as a reader writes them; compared in normalized form.
 */
const BEFORE = ['نائب', 'ونائب', 'لنائب', 'مساعد', 'ومساعد', 'وكيل', 'ووكيل', 'منصب', 'لمنصب', 'بمنصب', 'مرشح', 'المرشح', 'ومرشح', 'كرسي'];
const AFTER = [
  'السابق', 'السابقة', 'الأسبق', 'الأسبقة', 'الراحل', 'الراحلة', 'المخلوع', 'المعزول', 'المقال', 'المنتخب', 'المنتخبة',
  'المكلف', 'المكلفة', 'المقبل', 'القادم', 'الجديد', 'وقتها', 'وقتذاك', 'وقتئذ', 'آنذاك', 'حينها', 'حينذاك', 'حينئذ', 'يومها',
];
const BEFORE_SET = new Set(BEFORE.map((w) => normalize(w).text));
const AFTER_SET = new Set(AFTER.map((w) => normalize(w).text));

/** Registers every role phrase through `phraseId` (so the page walk records its hits) and groups holders by phrase. */
export function compileRoles(entities: readonly Entity[], phraseId: (phrase: string) => number): CompiledRole[] {
  const byPhrase = new Map<number, CompiledRole>();
  entities.forEach((entity, owner) => {
    for (const role of entity.roles ?? []) {
      for (const text of role.phrases) {
        const phrase = phraseId(text);
        let r = byPhrase.get(phrase);
        if (!r) byPhrase.set(phrase, (r = { phrase, holders: [] }));
        r.holders.push({ owner, from: role.from, to: role.to });
      }
    }
  });
  return [...byPhrase.values()];
}

/**
 * The date titles are resolved against: the given page date (its day, as PageView reads it: a malformed
 * one is no date), else the latest full date written on the page.
 */
export function roleDate(page: PageView, pageDate: string | undefined): string | undefined {
  return pageDate !== undefined ? page.pageDate : page.latestFullDate;
}

/**
 * Mentions made by titles, added to the accepted alias mentions (result in page order). A title inside or
 * overlapping an accepted name is left to that name, unless the name is a place (`isPlace`): a country
 * named inside a title ("رئيس وزراء العراق", "Iraq's prime minister") says whose office it is, and both
 * the country and the holder are named.
 */
export function addRoleMentions(
  page: PageView,
  roles: readonly CompiledRole[],
  accepted: readonly AliasCandidate[],
  pageDate: string | undefined,
  isPlace?: (owner: number) => boolean,
): AliasCandidate[] {
  const withHits = roles.filter((r) => page.hasHits(r.phrase));
  if (withHits.length === 0) return accepted as AliasCandidate[];
  const date = roleDate(page, pageDate);
  if (date === undefined) return accepted as AliasCandidate[];

  const added: AliasCandidate[] = [];
  const near = indexMentions(accepted);
  const names = isPlace && accepted.some((c) => isPlace(c.owner)) ? indexMentions(accepted.filter((c) => !isPlace(c.owner))) : near;
  // Words a role mention already covers: role phrases may overlap one another, never a mention twice.
  const taken = new Uint8Array(page.count);
  for (const role of withHits) {
    const holders = role.holders.filter((h) => h.from <= date && (h.to === undefined || date <= h.to));
    // Two holders on the handover day, or two offices sharing a phrase: nobody is named for sure.
    const owners = new Set(holders.map((h) => h.owner));
    if (owners.size !== 1) continue;
    const owner = holders[0]!.owner;
    for (const hit of page.hits(role.phrase)) {
      if (vetoed(page, hit) || names.overlaps(hit) || covered(taken, hit) || near.besideName(hit, owner)) continue;
      taken.fill(1, hit.first, hit.last);
      added.push({ pattern: ROLE_PATTERN, owner, first: hit.first, last: hit.last, skip: hit.skip });
    }
  }
  if (added.length === 0) return accepted as AliasCandidate[];
  return mergeByFirst(accepted, added.sort((a, b) => a.first - b.first));
}

/**
 * The two lists as one in page order, as a stable sort of `a` then `b` would give (on a tie, `a`'s first):
 * a dense page has thousands of mentions and a few hundred titles, so one merge rather than a sort of all.
 * `b` is in page order; `a` is too unless the caller's list was not, and then it is sorted whole.
 */
function mergeByFirst(a: readonly AliasCandidate[], b: readonly AliasCandidate[]): AliasCandidate[] {
  for (let i = 1; i < a.length; i++) if (a[i - 1]!.first > a[i]!.first) return [...a, ...b].sort((x, y) => x.first - y.first);
  const out: AliasCandidate[] = new Array<AliasCandidate>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i]!.first <= b[j]!.first ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

function vetoed(page: PageView, hit: Hit): boolean {
  const s = page.sentenceOf(hit.first);
  // A proclitic on the title itself ("لرئيس الوزراء") is fine; a word before it in the sentence is checked.
  if (hit.first > 0 && page.sentenceOf(hit.first - 1) === s && BEFORE_SET.has(page.word(hit.first - 1))) return true;
  if (hit.last < page.count && page.sentenceOf(hit.last) === s && AFTER_SET.has(page.word(hit.last))) return true;
  return false;
}

/**
 * The page's accepted mentions, indexed so each role hit costs a binary search rather than a pass over all
 * of them (a dense page has thousands of mentions and hundreds of titles).
 */
function indexMentions(accepted: readonly AliasCandidate[]) {
  let sorted = accepted;
  for (let i = 1; i < accepted.length; i++) {
    if (accepted[i - 1]!.first > accepted[i]!.first) {
      sorted = [...accepted].sort((a, b) => a.first - b.first);
      break;
    }
  }
  // maxLast[i]: the furthest end among sorted[0..i]. Some mention starting before x ends after y iff the
  // one with the furthest end among those starting before x does.
  const maxLast = new Int32Array(sorted.length);
  let furthest = -1;
  sorted.forEach((c, i) => (maxLast[i] = furthest = Math.max(furthest, c.last)));
  /** Index of the first mention starting at or after `word`. */
  const from = (word: number) => lowerBound(sorted.length, (k) => sorted[k]!.first < word);
  /** Indexes into `sorted`, ordered by where each mention ends: made on first use, searched like `from`. */
  let byLast: Int32Array | undefined;
  return {
    overlaps(hit: Hit): boolean {
      const before = from(hit.last) - 1;
      return before >= 0 && maxLast[before]! > hit.first;
    },
    /**
     * A title written right before or after its holder's name ("رئيس الحكومة العراقية مصطفى الكاظمي") is
     * part of that mention: one highlight, not two side by side.
     */
    besideName(hit: Hit, owner: number): boolean {
      for (let i = from(hit.last); i < sorted.length && sorted[i]!.first === hit.last; i++) if (sorted[i]!.owner === owner) return true;
      // One sorted index rather than a set of owners per end position (a dense page has thousands).
      byLast ??= orderByLast(sorted);
      const ends = byLast;
      for (let i = lowerBound(ends.length, (k) => sorted[ends[k]!]!.last < hit.first); i < ends.length && sorted[ends[i]!]!.last === hit.first; i++) if (sorted[ends[i]!]!.owner === owner) return true;
      return false;
    },
  };
}

function covered(taken: Uint8Array, hit: Hit): boolean {
  for (let w = hit.first; w < hit.last; w++) if (taken[w]) return true;
  return false;
}
