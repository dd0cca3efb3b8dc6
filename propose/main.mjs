// The agent step's main: the shared bundle, with the mode fixed by this action (see
// FIXED_MODE_VARIABLE in src/runtime/inputs.ts). A dynamic import, so the variable is set first.
process.env.SELF_EVOLUTION_MODE = 'propose'
await import('../dist/main/index.js')
