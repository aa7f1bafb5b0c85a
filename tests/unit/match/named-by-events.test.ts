import { describe, expect, it } from 'vitest';
import { namedByEvents } from '../../../lib/match/events';
import { eventSchema } from '../../../lib/reference/schema';

const event = (fields: Record<string, unknown>) =>
  eventSchema.parse({ id: 'e', name: { ar: 'حدث', en: 'event' }, summary: { ar: 'حدث', en: 'event' }, date: '2021-11-07', ...fields });

describe('namedByEvents', () => {
  const ids = ['kadhimi', 'baghdad', 'green-zone', 'iraq', 'afp'];

  it('marks the participants, the entities a cue needs and the places a signature reads, nothing else', () => {
    const records = [
      event({ participants: ['kadhimi'] }),
      event({ cues: [{ all: [['مواجهات']], entities: ['green-zone'] }] }),
      event({ signature: { what: ['محاولة اغتيال'], places: ['baghdad'] } }),
    ];
    expect([...namedByEvents(ids, records)]).toEqual([1, 1, 1, 0, 0]);
  });

  it('ignores ids the set does not hold, and marks nothing without events', () => {
    expect([...namedByEvents(ids, [event({ participants: ['not-in-the-set', 'afp'] })])]).toEqual([0, 0, 0, 0, 1]);
    expect([...namedByEvents(ids, [])]).toEqual([0, 0, 0, 0, 0]);
  });
});
