import { MAX_PACK_FILE_BYTES, PACK_CHUNK_CHARS } from './pack-limits';
import type { BackgroundMessageType, BackgroundProtocol, PackImportResult } from './protocol';

type Send = <K extends BackgroundMessageType>(type: K, data: BackgroundProtocol[K]['input']) => Promise<BackgroundProtocol[K]['output']>;

export interface UploadProgress {
  /** reading: the file is read and sent in pieces (`done` of `total` bytes); checking: the background validates and writes. */
  phase: 'reading' | 'checking';
  done: number;
  total: number;
}

export type UploadOutcome =
  | { status: 'too-large'; size: number; limit: number }
  | { status: 'result'; uploadId: string; result: PackImportResult };

/**
 * Sends a pack file to the background without ever holding it as one string on this side and without
 * blocking the page: the size is checked first (a file over the limit is refused before a byte is
 * read), then the file is read in slices of PACK_CHUNK_CHARS bytes, decoded as a UTF-8 stream (a
 * character split between two slices is kept whole) and sent one message per slice. The background
 * validates and writes; this side only waits, so the page keeps responding.
 */
export async function uploadPackFile(
  file: Blob & { name?: string },
  send: Send,
  onProgress: (p: UploadProgress) => void = () => undefined,
  chunkBytes = PACK_CHUNK_CHARS,
): Promise<UploadOutcome> {
  if (file.size > MAX_PACK_FILE_BYTES) return { status: 'too-large', size: file.size, limit: MAX_PACK_FILE_BYTES };
  const { uploadId } = await send('startPackUpload', { size: file.size, fileName: (file.name ?? '').slice(0, 500) });
  try {
    const decoder = new TextDecoder('utf-8', { fatal: false });
    let index = 0;
    onProgress({ phase: 'reading', done: 0, total: file.size });
    for (let offset = 0; offset < file.size; offset += chunkBytes) {
      const end = Math.min(offset + chunkBytes, file.size);
      const bytes = new Uint8Array(await file.slice(offset, end).arrayBuffer());
      const text = decoder.decode(bytes, { stream: end < file.size });
      await send('sendPackChunk', { uploadId, index: index++, text });
      onProgress({ phase: 'reading', done: end, total: file.size });
    }
    const tail = decoder.decode();
    if (tail) await send('sendPackChunk', { uploadId, index: index++, text: tail });
    onProgress({ phase: 'checking', done: file.size, total: file.size });
    return { status: 'result', uploadId, result: await send('importPack', { uploadId, replace: false }) };
  } catch (e) {
    await send('cancelPackUpload', { uploadId }).catch(() => undefined);
    throw e;
  }
}
