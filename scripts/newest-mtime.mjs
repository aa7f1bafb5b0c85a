// When sources last changed, for the commands that rebuild something only when it is out of date.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Newest modification time (ms) under `paths`: the files `file` accepts, and the folders themselves (a
 * deleted file changes its folder). Folders named `generated` hold build output and are passed over.
 * @param {string[]} paths
 * @param {(file: string) => boolean} [file]
 */
export function newestMtime(paths, file = () => true) {
  let max = 0;
  const visit = (p) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (!st.isDirectory()) {
      if (file(p)) max = Math.max(max, st.mtimeMs);
      return;
    }
    max = Math.max(max, st.mtimeMs);
    for (const name of readdirSync(p)) if (name !== 'generated') visit(path.join(p, name));
  };
  paths.forEach(visit);
  return max;
}
