import type { MatchableSet } from '../../lib/reference/schema';
import { seedSentences } from './corpus';
import { pick } from './prng';

/**
 * News text as dense in names as real reports: about one name every 130 bytes, like the seed article.
 * A quarter of the sentences are the seed's own; the rest are frames written for this benchmark, filled
 * with names the packs know unconditionally (so each one is a real mention to resolve, with proclitics
 * attached as pages attach them), plus dates and numbers.
 */
const FRAMES: readonly ((n: () => string, d: () => string) => string)[] = [
  (n, d) => `وقال ${n()} في مؤتمر صحفي عقده ${d()} إن الحكومة ماضية في خطتها.`,
  (n, d) => `والتقى ${n()} بوفد من ${n()} ${d()}، وبحث الجانبان تطورات الأوضاع في ${n()}.`,
  (n) => `وأفادت ${n()} بأن ${n()} وصل إلى ${n()} في زيارة تستمر يومين.`,
  (n) => `من جهته، دعا ${n()} إلى التهدئة، فيما أعلن ${n()} استعداده للحوار.`,
  (n, d) => `وشهدت ${n()} ${d()} احتجاجات واسعة، بحسب ما نقلت ${n()}.`,
  (n) => `وذكر بيان صادر عن ${n()} أن الاجتماع تناول العلاقات مع ${n()} و${n()}.`,
  (n) => `ونقلت وكالة ${n()} عن مصدر مطلع أن المفاوضات ستستأنف الأسبوع المقبل.`,
  (n, d) => `واستقبل ${n()} نظيره القادم من ${n()} ${d()}.`,
];

/** Sentences with no name in them, as reports have between the ones that do. */
const PLAIN: readonly string[] = [
  'وأكد المتحدث أن الاتصالات مستمرة على أكثر من مستوى، وأن النتائج ستعلن في وقت لاحق.',
  'ولم تصدر أي تعليقات رسمية حتى ساعة إعداد هذا التقرير.',
  'وتأتي هذه الخطوة في ظل ظروف اقتصادية صعبة وارتفاع في أسعار المواد الأساسية.',
  'وأشار التقرير إلى أن عدد المتضررين تجاوز ثلاثة آلاف شخص خلال الأسابيع الماضية.',
  'ويرى مراقبون أن المرحلة المقبلة ستكون حاسمة بالنسبة إلى جميع الأطراف.',
];

const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];

/** Unconditional aliases of the set, the names a dense page is made of. */
export function strongNames(set: MatchableSet): string[] {
  return [...new Set(set.entities.flatMap((e) => e.aliases.filter((a) => a.lang === 'ar' && a.requires.length === 0).map((a) => a.text)))];
}

export function buildDenseCorpus(random: () => number, seed: string, names: readonly string[], targetBytes: number): string {
  const real = seedSentences(seed);
  const name = () => {
    const text = pick(random, names);
    const r = random();
    // Proclitics as pages write them; the frames already put و before some names.
    if (r < 0.1) return `ب${text}`;
    if (r < 0.15) return text.startsWith('ال') ? `لل${text.slice(2)}` : `ل${text}`;
    return text;
  };
  const date = () => `${1 + Math.floor(random() * 28)} ${pick(random, MONTHS)} ${2019 + Math.floor(random() * 7)}`;
  const paragraphs: string[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const sentences: string[] = [];
    const n = 3 + Math.floor(random() * 4);
    for (let i = 0; i < n; i++) {
      const r = random();
      sentences.push(r < 0.25 ? pick(random, real) : r < 0.55 ? pick(random, PLAIN) : pick(random, FRAMES)(name, date));
    }
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    bytes += Buffer.byteLength(paragraph, 'utf8') + 1;
  }
  return paragraphs.join('\n');
}
