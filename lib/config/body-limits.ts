/**
 * How large a request body may be, in one place for the proxy (which refuses before any body is read), Next's own
 * limits (next.config.ts) and the media ingest. Pure: next.config.ts and proxy.ts import it.
 */

/** 20 MiB: a high-resolution photo or a long report, well under what the server can hold in memory. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** A signed-in request: an upload plus its form fields and multipart framing. */
export const SIGNED_IN_BODY_LIMIT = MAX_UPLOAD_BYTES + 1024 * 1024;

/** A request without a valid session (sign-in, setting a password): a few short fields. */
export const SIGNED_OUT_BODY_LIMIT = 64 * 1024;
