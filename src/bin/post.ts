import { info } from '@actions/core'
info('post')
