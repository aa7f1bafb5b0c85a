export { LANGS, MESSAGES, type Lang, type Message, type MessageKey, type PluralForms } from './messages';
export { translate, translator, formatNumber, type Params, type Translator } from './translate';
export { formatDate } from './format-date';
