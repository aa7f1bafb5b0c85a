import { describe, expect, it, vi } from 'vitest';
import { MAX_PACK_FILE_BYTES } from '../../../lib/messaging/pack-limits';
import { uploadPackFile, type UploadProgress } from '../../../lib/messaging/upload-pack-file';

function fakeSend(answer: unknown = { status: 'installed' }) {
  const chunks: string[] = [];
  const send = vi.fn(async (type: string, data: Record<string, unknown>) => {
    if (type === 'startPackUpload') return { uploadId: 'u1' };
    if (type === 'sendPackChunk') {
      expect(data.index).toBe(chunks.length);
      chunks.push(data.text as string);
      return { ok: true };
    }
    if (type === 'importPack') return answer;
    return { ok: true };
  });
  return { send, chunks };
}

describe('uploadPackFile', () => {
  it('refuses a file over the limit from its size alone, reading nothing and sending nothing', async () => {
    const { send } = fakeSend();
    const huge = { size: MAX_PACK_FILE_BYTES + 1, slice: vi.fn(), name: 'huge.json' } as unknown as Blob;
    expect(await uploadPackFile(huge, send as never)).toEqual({ status: 'too-large', size: MAX_PACK_FILE_BYTES + 1, limit: MAX_PACK_FILE_BYTES });
    expect(send).not.toHaveBeenCalled();
    expect((huge as unknown as { slice: ReturnType<typeof vi.fn> }).slice).not.toHaveBeenCalled();
  });

  it('sends the text in order, keeping Arabic letters split between two slices whole, and reports progress', async () => {
    const text = JSON.stringify({ name: 'مصطفى الكاظمي في بغداد '.repeat(50) });
    const file = new Blob([text]);
    const { send, chunks } = fakeSend();
    const progress: UploadProgress[] = [];
    // 7 bytes per slice: most slices end in the middle of a two-byte Arabic letter.
    const outcome = await uploadPackFile(file, send as never, (p) => progress.push(p), 7);
    expect(chunks.join('')).toBe(text);
    expect(outcome).toEqual({ status: 'result', uploadId: 'u1', result: { status: 'installed' } });
    expect(send).toHaveBeenCalledWith('importPack', { uploadId: 'u1', replace: false });
    expect(progress[0]).toEqual({ phase: 'reading', done: 0, total: file.size });
    expect(progress.at(-1)).toEqual({ phase: 'checking', done: file.size, total: file.size });
    const reading = progress.filter((p) => p.phase === 'reading').map((p) => p.done);
    expect(reading).toEqual([...reading].sort((a, b) => a - b));
  });

  it('drops the upload in the background when sending fails', async () => {
    const { send } = fakeSend();
    send.mockImplementation(async (type: string) => {
      if (type === 'startPackUpload') return { uploadId: 'u9' };
      if (type === 'sendPackChunk') throw new Error('the background went away');
      return { ok: true };
    });
    await expect(uploadPackFile(new Blob(['{}']), send as never)).rejects.toThrow('the background went away');
    expect(send).toHaveBeenCalledWith('cancelPackUpload', { uploadId: 'u9' });
  });
});
