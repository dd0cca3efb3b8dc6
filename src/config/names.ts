/**
 * The config's names that commands need before they validate anything, in a module without the
 * schema's dependencies (zod, picomatch): `check` parses its command line with them before it
 * starts git, and loads the validator while git runs.
 */
export const CHANGE_TYPES = ['capability', 'prompt', 'persona', 'cleanup', 'wildcard'] as const
export type ChangeType = (typeof CHANGE_TYPES)[number]

export const DEFAULT_CONFIG_PATH = '.github/self-evolution-config.json'
