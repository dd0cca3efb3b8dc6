/** A 40- (SHA-1) or 64-hex (SHA-256) object id, as GitHub and git print them (no I/O here). */
export const OBJECT_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/
