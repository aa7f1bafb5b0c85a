export declare const ROOT: string;
export declare const CHROME_EXTENSION: string;
export declare const FIREFOX_EXTENSION: string;
export declare const CHROMIUM: string;
export declare const FIREFOX: string;
export declare const QUIET_FLAGS: string[];
export declare function extensionFlags(dir?: string): string[];
export declare function requireChromium(dir?: string): void;
export declare function requireFirefox(dir?: string): void;
