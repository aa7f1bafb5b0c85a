/**
 * Limits of pack import shared by the options page (which checks them before reading a file) and the
 * background (which enforces them). No zod here: the options page bundles this file at runtime.
 */

/** The largest pack file accepted: refused from its size alone, before a byte of it is read. */
export const MAX_PACK_FILE_BYTES = 64 * 1024 * 1024;

/**
 * A pack file travels to the background in slices of this many bytes, one message each (at most as many
 * characters). Small enough that no message costs the options page a long task: 4 MB pieces cost
 * 100-230 ms each to send; 512 KB pieces none over 50 ms on a quiet machine but up to 73 ms under load
 * (importing 100,000 entities); 256 KB pieces leave room for that.
 */
export const PACK_CHUNK_CHARS = 256 * 1024;

/** An export travels back to the options page in pieces of this many characters. */
export const EXPORT_CHUNK_CHARS = 512 * 1024;
