import { info } from '@actions/core'
info('main')
