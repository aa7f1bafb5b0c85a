export declare const PAGES_DIR: string;
export declare function servePages(options?: {
  root?: string;
  port?: number;
  extra?: Map<string, string>;
}): Promise<{ url: string; port: number; close: () => Promise<void> }>;
