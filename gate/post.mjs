// The gate's post step: uploads the verdict's artifact. The mode is fixed as in main.mjs.
process.env.SELF_EVOLUTION_MODE = 'gate'
await import('../dist/post/index.js')
