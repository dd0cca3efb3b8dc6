// The plan's main step: the shared bundle, with the mode fixed by this action (see FIXED_MODE_VARIABLE
// in src/runtime/inputs.ts). A dynamic import, so the variable is set before the bundle reads it.
process.env.SELF_EVOLUTION_MODE = 'plan'
await import('../dist/main/index.js')
