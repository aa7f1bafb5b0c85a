import { defineUnlistedScript } from '#imports';
import { startFirstRequests } from './popup/first-requests';

/**
 * The popup page's first script, a small classic one in its <head>: it runs as soon as it is read,
 * while the popup's modules and styles are still loading (modules wait for the whole page and its
 * style sheets), and sends the popup's first requests, so their answers are on the way while the
 * popup's code loads and draws its first frame. The popup's module takes them over
 * (entrypoints/popup/popup-api.ts), or sends them itself if this script did not run.
 */
export default defineUnlistedScript(() => startFirstRequests());
