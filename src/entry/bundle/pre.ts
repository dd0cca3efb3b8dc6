import { run } from '../pre.js'

await run()
