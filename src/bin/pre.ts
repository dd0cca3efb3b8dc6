import { info } from '@actions/core'
info('pre')
