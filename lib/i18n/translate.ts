import { MESSAGES, type Lang, type Message, type MessageKey } from './messages';

export type Params = Record<string, string | number>;

const pluralRules = new Map<Lang, Intl.PluralRules>();
function pluralRule(lang: Lang): Intl.PluralRules {
  let rule = pluralRules.get(lang);
  if (!rule) pluralRules.set(lang, (rule = new Intl.PluralRules(lang)));
  return rule;
}

// One formatter per language: making one costs a hundred times more than using it, and a card with
// twenty mention buttons writes forty numbers.
const numberFormats = new Map<Lang, Intl.NumberFormat>();

/** Numbers inside Arabic sentences are written with Arabic-Indic digits, as Arabic news sites do. */
export function formatNumber(lang: Lang, n: number): string {
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(lang === 'ar' ? 'ar-u-nu-arab' : 'en')));
  return format.format(n);
}

function pick(lang: Lang, message: Message, params: Params): string {
  if (typeof message === 'string') return message;
  const n = params.n;
  if (typeof n !== 'number') throw new Error('a plural message needs a numeric {n}');
  return message[pluralRule(lang).select(n)] ?? message.other;
}

/**
 * The message `key` in `lang`, with `{name}` placeholders filled from `params`.
 * A numeric `n` picks the plural form and is written with the language's digits.
 */
export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
  const template = pick(lang, MESSAGES[lang][key], params);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(lang, value) : value;
  });
}

/** `translate` bound to one language: what components receive as `t`. */
export type Translator = (key: MessageKey, params?: Params) => string;
export const translator = (lang: Lang): Translator => (key, params) => translate(lang, key, params);
