import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
/** V8's collector, reachable without starting Node with --expose-gc, so heap figures are after a full GC. */
const gc = runInNewContext('gc') as () => void;

/** Heap in use after a full collection, in bytes. */
export function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** What keeping `make()`'s result alive costs on the heap, in bytes (the result is returned, so it stays live). */
export function retainedBy<T>(make: () => T): { result: T; bytes: number; ms: number } {
  const before = heapUsed();
  const t0 = performance.now();
  const result = make();
  const ms = performance.now() - t0;
  const bytes = heapUsed() - before;
  return { result, bytes, ms };
}
