import { formatDate } from './format-date';
import type { Lang } from './messages';

/** The month names used in Iraq and the Levant, beside the ones Intl gives (يناير, فبراير… as in Egypt and the Gulf). */
const LEVANT_MONTHS = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
const INTL_MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';

const toArabicDigits = (s: string) => s.replace(/\d/g, (d) => ARABIC_DIGITS[Number(d)]!);

/**
 * One date in every form a reader of Arabic news meets it: the card language's long form first, then
 * the other language's, the Arabic with both month names (نوفمبر/تشرين الثاني) as Iraqi and Levantine
 * papers print them, and the ISO date in Western and Arabic-Indic digits.
 */
export function dateForms(lang: Lang, iso: string): { primary: string; others: string[] } {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  const primary = formatDate(lang, iso);
  if (!m || primary === iso) return { primary, others: [] };
  const k = m[2] ? Number(m[2]) - 1 : -1;
  const arabic = formatDate('ar', iso);
  const arabicBoth = k >= 0 && arabic.includes(INTL_MONTHS[k]!) ? arabic.replace(INTL_MONTHS[k]!, `${INTL_MONTHS[k]}/${LEVANT_MONTHS[k]}`) : arabic;
  const english = formatDate('en', iso);
  const others = lang === 'ar' ? [english, iso, toArabicDigits(iso)] : [arabicBoth, iso, toArabicDigits(iso)];
  return { primary: lang === 'ar' ? arabicBoth : primary, others };
}
