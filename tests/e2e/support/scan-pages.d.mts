export interface ScanSpan {
  start: number;
  end: number;
  text: string;
}
export interface ScanLine {
  file: string;
  entities: { id: string; type: string; mentions: ScanSpan[] }[];
  events: { id: string; date: string; evidence: ScanSpan[] }[];
}
export declare function scanPages(...names: string[]): Map<string, ScanLine>;
export declare function idsOf(s: ScanLine): string[];
export declare function spanCount(s: ScanLine): number;
