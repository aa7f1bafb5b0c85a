/**
 * Pages built to hurt a matcher: everything in one sentence, one endless word, thousands of proclitics,
 * only invisible marks, dates everywhere, a name repeated without end. Each is scanned beside
 * normalization of the same text, so a cost that grows faster than the text shows as a large ratio.
 */
export const HOSTILE_PAGES: Record<string, string> = {
  'one sentence, 20,000 office + surname': 'رئيس الوزراء الكاظمي عام 2021 '.repeat(20_000),
  'one word of a million letters': 'ب'.repeat(1_000_000),
  'a million characters of proclitics': 'وبال '.repeat(200_000),
  'marks and joiners only': '\u064e\u200c'.repeat(500_000),
  'dates everywhere': '2021 7 نوفمبر '.repeat(50_000),
  'a name and its bare surname, 20,000 times': 'أبو علي العسكري قال العسكري '.repeat(20_000),
};
